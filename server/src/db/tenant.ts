import type { Role } from '@percee/shared';
import { sql } from 'drizzle-orm';
import { APP_ROLE, type Db, type Tx, tenantSettingsSql } from './client.js';

/** Who is acting: a signed-in user of one organisation, or one of its machine clients. */
export interface Actor {
  organisationId: string;
  /** The user; for a machine client, NO_USER (a client is nobody's account: see `clientId`). */
  userId: string;
  /**
   * The role whose visibility services apply. A machine client has none of its own: on each route
   * its scope opens, it acts with the role that scope stands for (see SCOPE_ROLE in plugins/auth).
   */
  role: Role;
  requestId?: string;
  /** Set for a machine client (OAuth2 client credentials token); absent for users. */
  kind?: 'user' | 'client';
  clientId?: string;
  scopes?: readonly string[];
  /** A user's session that may only enrol a second factor (an admin without TOTP where it is required). */
  enrolmentOnly?: boolean;
  /** The client's credential version the token was issued for (a rotation ends older tokens). */
  credentialVersion?: number;
  /**
   * A user's session (its refresh-token family) the access token was issued to: every request checks
   * it is still open, so logout, reuse detection and resets end the token at once.
   */
  sessionId?: string;
}

/** The `userId` of a machine client's actor: matches no account, and is never written as a user. */
export const NO_USER = '00000000-0000-0000-0000-000000000000';

export { APP_ROLE } from './client.js';

/**
 * Runs `work` in one transaction as the application role, with the tenant (and user) set for
 * row-level security. Settings are transaction-local, so a pooled connection keeps nothing.
 */
export async function inTenant<T>(
  db: Db,
  scope: { organisationId: string; userId?: string },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await enterTenant(tx, scope);
    return work(tx);
  });
}

/** Switches an open transaction to the application role and the given tenant, until it ends. */
export async function enterTenant(tx: Tx, scope: { organisationId: string; userId?: string }) {
  await tx.execute(tenantSettingsSql(scope));
}

/** Runs `work` as the application role with no tenant, only the given lookup settings (sign-in, refresh). */
export async function inLookup<T>(
  db: Db,
  settings: Record<'app.sign_in_email' | 'app.refresh_token_hash', string | undefined>,
  work: (tx: Tx, setTenant: (organisationId: string) => Promise<void>) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config('app.sign_in_email', ${settings['app.sign_in_email'] ?? ''}, true), set_config('app.refresh_token_hash', ${settings['app.refresh_token_hash'] ?? ''}, true)`,
    );
    return work(tx, async (organisationId) => {
      await tx.execute(sql`select set_config('app.org_id', ${organisationId}, true)`);
    });
  });
}
