import type { RetentionPreview, RetentionRunResult } from '@percee/shared';
import type { Db } from '../../db/client.js';
import { inTenant } from '../../db/tenant.js';
import { actAsRetentionWorker, allOrganisationIds } from './repo.js';
import { jobActor, runFor, wholePreviewFor } from './service.js';

/** Every organisation's id, read as the application role with the retention worker's one policy. */
async function organisationIds(db: Db): Promise<string[]> {
  const rows = await db.transaction(async (tx) => {
    await actAsRetentionWorker(tx);
    return allOrganisationIds(tx);
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
 * The daily retention job, run by the job runner (platform/jobs.ts) once across the server processes:
 * first a few minutes after start, then every `intervalHours`; 0 turns it off (cron users run the CLI
 * instead). Only references and counts are logged.
 */
export class RetentionScheduler {
  constructor(private readonly db: Db) {}

  /** One run over every organisation; returns how many households were pseudonymised. */
  async runOnce(): Promise<number> {
    const results = await runRetention(this.db, { dryRun: false, source: 'retention-job' });
    let total = 0;
    for (const { result } of results) {
      if ('pseudonymised' in result) total += result.pseudonymised.length;
    }
    return total;
  }
}
