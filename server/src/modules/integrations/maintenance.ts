import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Db, Tx } from '../../db/client.js';
import type { SecretBox } from '../../lib/secrets.js';
import { rowsOf } from '../../lib/sql.js';
import { inMaintenance } from '../../platform/maintenance.js';
import { secretContext } from './webhooks.js';

interface SecretRow {
  organisation_id: string;
  id: string;
  secret: string | null;
  secret_ciphertext: string | null;
  secret_key_id: string | null;
}

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
      const rows = await rowsOf<SecretRow>(
        tx,
        sql`select organisation_id, id, secret, secret_ciphertext, secret_key_id from webhook_subscriptions
            where secret_key_id is distinct from ${secrets.current.id}
            order by organisation_id, id limit ${batch} for update`,
      );
      for (const row of rows) {
        const context = secretContext(row.organisation_id, row.id);
        const clear =
          row.secret_ciphertext && row.secret_key_id
            ? secrets.open({ ciphertext: row.secret_ciphertext, keyId: row.secret_key_id }, context)
            : (row.secret as string);
        const sealed = secrets.seal(clear, context);
        await tx.execute(
          sql`update webhook_subscriptions
              set secret_ciphertext = ${sealed.ciphertext}, secret_key_id = ${sealed.keyId}, secret = null
              where organisation_id = ${row.organisation_id} and id = ${row.id}`,
        );
        if (!row.secret_ciphertext) plaintext += 1;
      }
      resealed += rows.length;
      return rows.length < batch;
    });
    if (done) return { resealed, plaintext };
  }
}

type CleanupSettings = Config['cleanup'];

const count = async (tx: Tx, statement: ReturnType<typeof sql>) =>
  (await rowsOf<{ n: number }>(tx, sql`with gone as (${statement} returning 1) select count(*)::int as n from gone`))[0]
    ?.n ?? 0;

/**
 * Deletes what is no longer needed: idempotency keys past their expiry, delivery attempts older than
 * `attemptRetentionDays`, events older than the replay window (`eventRetentionDays`) with their
 * deliveries and attempts, unless one of their deliveries is still pending, and report snapshots
 * older than a day, counters of failed credential attempts whose window has ended, and import jobs
 * (their reports) ended more than `importJobRetentionDays` ago.
 */
export async function cleanUp(db: Db, settings: Omit<CleanupSettings, 'intervalMs'>) {
  return inMaintenance(db, async (tx) => {
    const idempotencyKeys = await count(tx, sql`delete from idempotency_keys where expires_at < now()`);
    const attempts = await count(
      tx,
      sql`delete from webhook_delivery_attempts where at < now() - make_interval(days => ${settings.attemptRetentionDays})`,
    );
    const expired = sql`e.occurred_at < now() - make_interval(days => ${settings.eventRetentionDays})
      and not exists (select 1 from webhook_deliveries p
                      where p.organisation_id = e.organisation_id and p.event_id = e.id and p.status = 'pending')`;
    const eventAttempts = await count(
      tx,
      sql`delete from webhook_delivery_attempts a using webhook_deliveries d, events e
          where a.organisation_id = d.organisation_id and a.delivery_id = d.id
            and e.organisation_id = d.organisation_id and e.id = d.event_id and ${expired}`,
    );
    const deliveries = await count(
      tx,
      sql`delete from webhook_deliveries d using events e
          where e.organisation_id = d.organisation_id and e.id = d.event_id and ${expired}`,
    );
    const events = await count(tx, sql`delete from events e where ${expired}`);
    // Served for minutes (REPORT_CACHE_SECONDS, at most a day); older ones would only be recomputed.
    const reportSnapshots = await count(
      tx,
      sql`delete from report_snapshots where computed_at < now() - interval '1 day'`,
    );
    // Failed sign-in and token attempts whose window has ended count for nothing any more.
    const credentialAttempts = await count(tx, sql`delete from app.credential_attempts where window_ends_at <= now()`);
    // An import's report (row outcomes, created ids) is for the uploader to collect, not an archive.
    const importJobs = await count(
      tx,
      sql`delete from import_jobs where status in ('succeeded', 'failed', 'cancelled')
          and finished_at < now() - make_interval(days => ${settings.importJobRetentionDays})`,
    );
    return {
      importJobs,
      idempotencyKeys,
      attempts: attempts + eventAttempts,
      deliveries,
      events,
      reportSnapshots,
      credentialAttempts,
    };
  });
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
