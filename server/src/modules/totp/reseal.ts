import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { SecretBox } from '../../lib/secrets.js';
import { rowsOf } from '../../lib/sql.js';
import { openTotpSecret, sealTotpSecret, totpKeyIdOf } from '../../lib/totp.js';
import type { Job } from '../../platform/jobs.js';
import { inMaintenance } from '../../platform/maintenance.js';

interface TotpRow {
  organisation_id: string;
  id: string;
  totp_secret: string | null;
  totp_pending_secret: string | null;
}

/**
 * Seals again, with the current key, every TOTP secret (active or pending enrolment) of a user that
 * is not sealed with it. Fails (naming the key id) when a row's key is neither current nor previous.
 * Returns how many users' secrets were sealed again.
 */
export async function resealTotpSecrets(db: Db, secrets: SecretBox, batch = 200) {
  const current = secrets.current.id;
  const stale = (column: ReturnType<typeof sql>) =>
    sql`(${column} is not null and split_part(${column}, ':', 1) <> ${current})`;
  const reseal = (row: TotpRow, stored: string | null) => {
    if (stored === null || totpKeyIdOf(stored) === current) return stored;
    const clear = openTotpSecret(secrets, row.organisation_id, row.id, stored);
    return sealTotpSecret(secrets, row.organisation_id, row.id, clear);
  };
  let resealed = 0;
  for (;;) {
    const done = await inMaintenance(db, async (tx) => {
      const rows = await rowsOf<TotpRow>(
        tx,
        sql`select organisation_id, id, totp_secret, totp_pending_secret from users
            where ${stale(sql`totp_secret`)} or ${stale(sql`totp_pending_secret`)}
            order by organisation_id, id limit ${batch} for update`,
      );
      for (const row of rows) {
        await tx.execute(
          sql`update users
              set totp_secret = ${reseal(row, row.totp_secret)},
                  totp_pending_secret = ${reseal(row, row.totp_pending_secret)}
              where organisation_id = ${row.organisation_id} and id = ${row.id}`,
        );
      }
      resealed += rows.length;
      return rows.length < batch;
    });
    if (done) return { resealed };
  }
}

/**
 * The totp module's housekeeping job: TOTP secrets sealed with the current key, on the housekeeping
 * interval (CLEANUP_INTERVAL_MS, 0 = off), once across the server processes.
 */
export function totpResealJob(db: Db, secrets: SecretBox, everyMs: number): Job<{ resealed: number }> {
  return {
    name: 'totp-reseal',
    everyMs,
    firstDelayMs: Math.min(1000, everyMs),
    run: () => resealTotpSecrets(db, secrets),
    summary: (result) =>
      result.resealed > 0 ? { ...result, what: 'TOTP secrets sealed with the current key' } : undefined,
  };
}
