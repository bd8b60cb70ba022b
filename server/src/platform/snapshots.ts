import { and, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { reportSnapshots } from '../db/schema.js';

export type SnapshotKind = 'activity' | 'avoided_costs';

/** Filters as canonical JSON: the same filters in any order (or with undefined ones) give one key. */
export function paramsKey(params: Record<string, unknown>): string {
  const defined = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(defined));
}

/**
 * A report's raw figures, computed at most once per `maxAgeSeconds` for an organisation, a kind and
 * filters, and again after any domain event of the organisation; `computedAt` says when. Contacts,
 * assessments and aid are not events: they show within `maxAgeSeconds`. Concurrent misses for one key wait for the first computation
 * (transaction-scoped advisory lock) instead of all running the same heavy aggregate. The figures
 * are stored before any per-role masking (analysts' small-count suppression is applied on top), so
 * they must be aggregates only. `maxAgeSeconds` 0 computes every time and stores nothing.
 */
export async function withSnapshot<T>(
  tx: Tx,
  organisationId: string,
  kind: SnapshotKind,
  params: Record<string, unknown>,
  maxAgeSeconds: number,
  compute: () => Promise<T>,
): Promise<{ figures: T; computedAt: string }> {
  if (maxAgeSeconds <= 0) {
    const figures = await compute();
    return { figures, computedAt: new Date().toISOString() };
  }
  const key = paramsKey(params);
  const fresh = async () => {
    const [row] = await tx
      .select({ figures: reportSnapshots.figures, computedAt: reportSnapshots.computedAt })
      .from(reportSnapshots)
      .where(
        and(
          eq(reportSnapshots.organisationId, organisationId),
          eq(reportSnapshots.kind, kind),
          eq(reportSnapshots.paramsKey, key),
          gt(reportSnapshots.computedAt, sql`now() - make_interval(secs => ${maxAgeSeconds})`),
          // A domain event (referral decided, stage changed, case closed, breakthrough moved) since then
          // makes the snapshot stale: those are the changes people look for in the figures at once.
          gt(
            reportSnapshots.computedAt,
            sql`coalesce((select max(e.occurred_at) from events e where e.organisation_id = ${organisationId}), '-infinity')`,
          ),
        ),
      );
    return row ? { figures: row.figures as T, computedAt: row.computedAt } : undefined;
  };
  const hit = await fresh();
  if (hit) return hit;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${organisationId}/${kind}/${key}`}, 0))`);
  // Someone else may have computed it while this request waited for the lock.
  const computedMeanwhile = await fresh();
  if (computedMeanwhile) return computedMeanwhile;
  const figures = await compute();
  const [stored] = await tx
    .insert(reportSnapshots)
    .values({ organisationId, kind, paramsKey: key, figures })
    .onConflictDoUpdate({
      target: [reportSnapshots.organisationId, reportSnapshots.kind, reportSnapshots.paramsKey],
      set: { figures, computedAt: sql`now()` },
    })
    .returning({ computedAt: reportSnapshots.computedAt });
  return { figures, computedAt: stored?.computedAt ?? new Date().toISOString() };
}
