import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { refreshTokens } from '../db/schema.js';

/**
 * Ends every session of a user (revokes all their refresh tokens; the per-request check in
 * plugins/auth.ts then refuses their access tokens at once). One rule for every module that changes
 * what a user may do: users (deactivated, new password, new role) and totp (second factor reset).
 * Here, below the modules, so that neither needs the auth module, which itself uses totp at sign-in.
 */
export const revokeUserTokens = (tx: Tx, organisationId: string, userId: string) =>
  revokeWhere(tx, organisationId, eq(refreshTokens.userId, userId));

/** Ends one session: its refresh-token family (logout, or a reused token, which means theft). */
export const revokeFamily = (tx: Tx, organisationId: string, familyId: string) =>
  revokeWhere(tx, organisationId, eq(refreshTokens.familyId, familyId));

async function revokeWhere(tx: Tx, organisationId: string, which: SQL) {
  await tx
    .update(refreshTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(refreshTokens.organisationId, organisationId), which, isNull(refreshTokens.revokedAt)));
}
