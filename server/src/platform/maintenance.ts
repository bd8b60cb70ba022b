import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';

/**
 * The role housekeeping runs as, across organisations (migrations 0012, 0014): no login, no BYPASSRLS,
 * owns nothing; it may read and change only the secret columns of webhook subscriptions and the TOTP
 * secret columns of users, and delete expired idempotency keys, old delivery attempts and events
 * beyond the replay window, credential-attempt counters whose window has ended (migration 0023), and
 * import jobs that ended more than `importJobRetentionDays` ago with their row outcomes (migration 0026).
 */
export const MAINTENANCE_ROLE = 'percee_maintenance';

export async function inMaintenance<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${MAINTENANCE_ROLE}, true)`);
    return work(tx);
  });
}
