import type { RetentionPreview, RetentionRunResult } from '@percee/shared';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import { APP_ROLE, inTenant } from '../../db/tenant.js';
import { rowsOf } from '../../lib/sql.js';
import { jobActor, runFor, wholePreviewFor } from './service.js';

/** Every organisation's id, read as the application role with the retention worker's one policy. */
async function organisationIds(db: Db): Promise<string[]> {
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true), set_config('app.worker', 'retention', true)`);
    return rowsOf<{ id: string }>(tx, sql`select id from organisations order by id`);
  });
  return rows.map((row) => row.id);
}

/** Runs (or, with dryRun, previews) retention in each organisation, one transaction per organisation. */
export async function runRetention(db: Db, options: { dryRun: boolean; organisationId?: string; source: string }) {
  const ids = options.organisationId ? [options.organisationId] : await organisationIds(db);
  const results: { organisationId: string; result: RetentionPreview | RetentionRunResult }[] = [];
  for (const organisationId of ids) {
    const result = await inTenant(
      db,
      { organisationId },
      (tx): Promise<RetentionPreview | RetentionRunResult> =>
        options.dryRun ? wholePreviewFor(tx, organisationId) : runFor(tx, jobActor(organisationId, options.source)),
    );
    results.push({ organisationId, result });
  }
  return results;
}

/**
 * The daily retention job, in this process (like the webhook DeliveryWorker): first run a few
 * minutes after start, then every `intervalHours`; 0 turns it off (cron users run the CLI instead).
 * Only references and counts are logged.
 */
export class RetentionScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly db: Db,
    private readonly settings: { intervalHours: number; firstRunDelayMs: number },
    private readonly log: FastifyBaseLogger,
  ) {}

  start() {
    if (this.settings.intervalHours <= 0 || !this.stopped) return;
    this.stopped = false;
    this.schedule(this.settings.firstRunDelayMs);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One run over every organisation; returns how many households were pseudonymised. */
  async runOnce(): Promise<number> {
    const results = await runRetention(this.db, { dryRun: false, source: 'retention-job' });
    let total = 0;
    for (const { result } of results) {
      if ('pseudonymised' in result) total += result.pseudonymised.length;
    }
    return total;
  }

  private schedule(delayMs: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then((count) => this.log.info({ pseudonymised: count }, 'retention job done'))
        .catch((error) => this.log.warn({ err: error }, 'retention job failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.settings.intervalHours * 3_600_000);
        });
    }, delayMs);
    this.timer.unref();
  }
}
