import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { SecretBox } from '../../lib/secrets.js';
import { inMaintenance } from '../../platform/maintenance.js';
import { deleteExpired, findUnsealedWebhookSecrets, storeSealedWebhookSecret } from './repo.js';
import { secretContext } from './webhooks.js';

/**
 * Seals again, with the current key, every webhook secret that is not sealed with it: legacy
 * plaintext rows and rows sealed with a previous key. Fails (naming the key id) when a row's key is
 * neither current nor previous. Returns how many rows were sealed again, and how many were plaintext.
 */
export async function resealSecrets(db: Db, secrets: SecretBox, batch = 200) {
  let resealed = 0;
  let plaintext = 0;
  for (;;) {
    const done = await inMaintenance(db, async (tx) => {
      const rows = await findUnsealedWebhookSecrets(tx, secrets.current.id, batch);
      for (const row of rows) {
        const context = secretContext(row.organisation_id, row.id);
        const clear =
          row.secret_ciphertext && row.secret_key_id
            ? secrets.open({ ciphertext: row.secret_ciphertext, keyId: row.secret_key_id }, context)
            : (row.secret as string);
        const sealed = secrets.seal(clear, context);
        await storeSealedWebhookSecret(tx, row, sealed);
        if (!row.secret_ciphertext) plaintext += 1;
      }
      resealed += rows.length;
      return rows.length < batch;
    });
    if (done) return { resealed, plaintext };
  }
}

type CleanupSettings = Config['cleanup'];

/**
 * Deletes what is no longer needed: idempotency keys past their expiry, delivery attempts older than
 * `attemptRetentionDays`, events older than the replay window (`eventRetentionDays`) with their
 * deliveries and attempts, unless one of their deliveries is still pending, and report snapshots
 * older than a day, counters of failed credential attempts whose window has ended, and import jobs
 * (their reports) ended more than `importJobRetentionDays` ago.
 */
export async function cleanUp(db: Db, settings: Omit<CleanupSettings, 'intervalMs'>) {
  return inMaintenance(db, (tx) => deleteExpired(tx, settings));
}

/**
 * Housekeeping, run by the job runner every `CLEANUP_INTERVAL_MS` (0: off; then run `cleanUp` and
 * `resealSecrets` from elsewhere): seals legacy or previous-key webhook secrets with the current key,
 * then cleans up. TOTP secrets are the totp module's own job (modules/totp/reseal.ts).
 */
export class Housekeeping {
  constructor(
    private readonly db: Db,
    private readonly settings: CleanupSettings,
    private readonly secrets: SecretBox,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** One round; each part fails alone (logged), so a missing old key does not stop the cleanup. */
  async runOnce() {
    const sealed = await resealSecrets(this.db, this.secrets).catch((error: unknown) => {
      this.log.error({ err: error }, 'sealing webhook secrets with the current key failed');
      return null;
    });
    if (sealed && sealed.resealed > 0) this.log.info(sealed, 'webhook secrets sealed with the current key');
    const cleaned = await cleanUp(this.db, this.settings).catch((error: unknown) => {
      this.log.warn({ err: error }, 'cleanup failed');
      return null;
    });
    if (cleaned && Object.values(cleaned).some((n) => n > 0)) this.log.info(cleaned, 'cleanup');
    return { sealed, cleaned };
  }
}
