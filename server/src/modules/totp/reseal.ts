import type { Db } from '../../db/client.js';
import type { SecretBox } from '../../lib/secrets.js';
import { openTotpSecret, sealTotpSecret, totpKeyIdOf } from '../../lib/totp.js';
import type { Job } from '../../platform/jobs.js';
import { inMaintenance } from '../../platform/maintenance.js';
import { findUnsealedTotpSecrets, storeResealedTotpSecrets, type TotpSecretRow } from './repo.js';

/**
 * Seals again, with the current key, every TOTP secret (active or pending enrolment) of a user that
 * is not sealed with it. Fails (naming the key id) when a row's key is neither current nor previous.
 * Returns how many users' secrets were sealed again.
 */
export async function resealTotpSecrets(db: Db, secrets: SecretBox, batch = 200) {
  const current = secrets.current.id;
  const reseal = (row: TotpSecretRow, stored: string | null) => {
    if (stored === null || totpKeyIdOf(stored) === current) return stored;
    const clear = openTotpSecret(secrets, row.organisation_id, row.id, stored);
    return sealTotpSecret(secrets, row.organisation_id, row.id, clear);
  };
  let resealed = 0;
  for (;;) {
    const done = await inMaintenance(db, async (tx) => {
      const rows = await findUnsealedTotpSecrets(tx, current, batch);
      for (const row of rows) {
        await storeResealedTotpSecrets(tx, row, reseal(row, row.totp_secret), reseal(row, row.totp_pending_secret));
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
