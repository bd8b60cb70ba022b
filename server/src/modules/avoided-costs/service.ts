import { type AvoidedCostSummary, type AvoidedCostSummaryQuery, returnPerEuroHundredths } from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { forbidden, HttpProblem } from '../../lib/problem.js';
import { withSnapshot } from '../../platform/snapshots.js';
import { aggregate, MAX_MONTHS, type Row } from './repo.js';

/** Aggregate figures only (no names, no case ids): coordinators, admins and analysts (funders). */
const READERS = new Set(['coordinator', 'admin', 'analyst']);
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Cents per euro in hundredths, saturated like the sums (a tiny intervention cost can make it huge). */
function returnPerEuro(gross: number, intervention: number): number | null {
  try {
    return returnPerEuroHundredths(gross, intervention);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return gross > 0 === intervention > 0 ? MAX_SAFE : -MAX_SAFE;
  }
}

/** A count or a sum of cents from the driver (int8 and numeric arrive as strings with pg). */
function toInt(value: unknown): number {
  const number = typeof value === 'number' ? value : Number(String(value ?? 0));
  if (!Number.isSafeInteger(number)) throw new RangeError('Amount out of range');
  return number;
}

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

/*
 * Every figure is one SQL aggregate over the stored rows (see docs/avoided-costs.md):
 *  - scope: cases of breakthrough-method programs (and the filters) open at some time in a window
 *    (opened on or before its end, not closed before its start); dates are UTC dates;
 *  - followed: distinct households of the scope;
 *  - with a plan: of those, households whose case's plan was activated on or before the window's end;
 *  - breakthroughs: those of the scope's cases achieved within the window (and of the category);
 *    their households, and the sums of their frozen realised gross, intervention and net cents.
 * A window is the whole period, or one month of it with groupBy=month.
 */
export async function summary(
  tx: Tx,
  actor: Actor,
  query: AvoidedCostSummaryQuery,
  cacheSeconds: number,
): Promise<AvoidedCostSummary> {
  if (!READERS.has(actor.role)) throw forbidden('Only coordinators, admins and analysts read avoided-cost figures');
  const from = query.from ?? null;
  const to = query.to ?? null;
  if (query.groupBy === 'month' && from && to && monthsBetween(from, to) > MAX_MONTHS) {
    throw new HttpProblem(400, 'period-too-long', 'Bad Request', `Group at most ${MAX_MONTHS} months by month`, {
      errors: [{ path: 'querystring.from', message: `At most ${MAX_MONTHS} months` }],
    });
  }
  // Named one by one: the CSV route's query also carries its delimiter, which changes no figure.
  const filters: AvoidedCostSummaryQuery = {
    from: query.from,
    to: query.to,
    programId: query.programId,
    siteId: query.siteId,
    coachId: query.coachId,
    category: query.category,
    groupBy: query.groupBy,
  };
  const { figures: rows, computedAt } = await withSnapshot(
    tx,
    actor.organisationId,
    'avoided_costs',
    filters,
    cacheSeconds,
    async () => ({
      total: (await aggregate(tx, actor.organisationId, { ...filters, groupBy: undefined }))[0] ?? {},
      groups: filters.groupBy ? await aggregate(tx, actor.organisationId, filters) : null,
    }),
  );
  const groups = rows.groups?.map((row) => ({
    key: String(row.key),
    label: String(row.label ?? row.key),
    ...figures(row),
    // By category, the household counts that do not depend on a breakthrough's category are not split.
    ...(query.groupBy === 'category' ? { householdsFollowed: null, householdsWithPlan: null } : {}),
  }));
  return { period: { from, to }, computedAt, ...figures(rows.total), ...(groups ? { groups } : {}) };
}

function figures(row: Row) {
  const gross = toInt(row.gross);
  const intervention = toInt(row.intervention);
  return {
    householdsFollowed: toInt(row.followed),
    householdsWithPlan: toInt(row.planned),
    householdsWithBreakthrough: toInt(row.households),
    breakthroughs: toInt(row.breakthroughs),
    grossAvoidedCents: gross,
    interventionCents: intervention,
    netAvoidedCents: toInt(row.net),
    returnPerEuroHundredths: returnPerEuro(gross, intervention),
  };
}
