import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { refreshTokens } from '../db/schema.js';

/**
 * Ends every session of a user (revokes all their refresh tokens; the per-request check in
 * plugins/auth.ts then refuses their access tokens at once). One rule for every module that changes
 * what a user may do: users (deactivated, new password, new role) and totp (second factor reset).
 * Here, below the modules, so that neither needs the auth module, which itself uses totp at sign-in.
 */
export async function revokeUserTokens(tx: Tx, organisationId: string, userId: string) {
  await tx
    .update(refreshTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(
      and(
        eq(refreshTokens.organisationId, organisationId),
        eq(refreshTokens.userId, userId),
        isNull(refreshTokens.revokedAt),
      ),
    );
}
