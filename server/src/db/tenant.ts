import type { Role } from '@percee/shared';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';

/** Who is acting: a signed-in user of one organisation. */
export interface Actor {
  organisationId: string;
  userId: string;
  role: Role;
  requestId?: string;
}

/** The role every application query runs as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = 'percee_app';

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
  await tx.execute(
    sql`select set_config('role', ${APP_ROLE}, true), set_config('app.org_id', ${scope.organisationId}, true), set_config('app.user_id', ${scope.userId ?? ''}, true)`,
  );
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
