import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Db, Tx } from '../../db/client.js';
import type { SecretBox } from '../../lib/secrets.js';
import { rowsOf } from '../../lib/sql.js';
import { openTotpSecret, sealTotpSecret, totpKeyIdOf } from '../../lib/totp.js';
import { secretContext } from './webhooks.js';

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
 * Housekeeping in the server process, every `intervalMs` (0: off; then run `cleanUp`, `resealSecrets`
 * and `resealTotpSecrets` from elsewhere): seals legacy or previous-key webhook and TOTP secrets with
 * the current key, then cleans up. The first round runs shortly after start.
 */
export class Housekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly settings: CleanupSettings,
    private readonly secrets: SecretBox,
    private readonly log: FastifyBaseLogger,
  ) {}

  start() {
    if (this.settings.intervalMs <= 0 || !this.stopped) return;
    this.stopped = false;
    this.schedule(Math.min(1000, this.settings.intervalMs));
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      // Each part catches its own failure; this catch is for anything else (an unhandled rejection
      // would end the process).
      this.running = this.runOnce()
        .catch((error: unknown) => this.log.warn({ err: error }, 'housekeeping round failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.settings.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** One round; each part fails alone (logged), so a missing old key does not stop the cleanup. */
  async runOnce() {
    const sealed = await resealSecrets(this.db, this.secrets).catch((error: unknown) => {
      this.log.error({ err: error }, 'sealing webhook secrets with the current key failed');
      return null;
    });
    if (sealed && sealed.resealed > 0) this.log.info(sealed, 'webhook secrets sealed with the current key');
    const totp = await resealTotpSecrets(this.db, this.secrets).catch((error: unknown) => {
      this.log.error({ err: error }, 'sealing TOTP secrets with the current key failed');
      return null;
    });
    if (totp && totp.resealed > 0) this.log.info(totp, 'TOTP secrets sealed with the current key');
    const cleaned = await cleanUp(this.db, this.settings).catch((error: unknown) => {
      this.log.warn({ err: error }, 'cleanup failed');
      return null;
    });
    if (cleaned && Object.values(cleaned).some((n) => n > 0)) this.log.info(cleaned, 'cleanup');
    return { sealed, totp, cleaned };
  }
}
