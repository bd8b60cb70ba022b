import {
  type AvoidedCostDashboard,
  type AvoidedCostDashboardQuery,
  type AvoidedCostSummary,
  type AvoidedCostSummaryQuery,
  can,
  returnPerEuroHundredths,
  type SummaryGrouping,
} from '@percee/shared';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { forbidden, HttpProblem } from '../../lib/problem.js';
import { withSnapshot } from '../../platform/snapshots.js';
import { aggregate, MAX_MONTHS, type Row } from './repo.js';

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
  assertReadable(actor, query, query.groupBy === 'month');
  const from = query.from ?? null;
  const to = query.to ?? null;
  const filters: AvoidedCostSummaryQuery = { ...filtersOf(query), groupBy: query.groupBy };
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
  const groups = rows.groups && query.groupBy ? toGroups(rows.groups, query.groupBy) : undefined;
  return { period: { from, to }, computedAt, ...figures(rows.total), ...(groups ? { groups } : {}) };
}

/**
 * The avoided-cost screen in one request (issue 24): the period's figures, computed once, and the same
 * figures by month, by category and by program, each exactly as `summary` with that groupBy gives them
 * (same aggregate, same shaping, same readers); one snapshot holds the four.
 */
export async function dashboard(
  tx: Tx,
  actor: Actor,
  query: AvoidedCostDashboardQuery,
  cacheSeconds: number,
): Promise<AvoidedCostDashboard> {
  assertReadable(actor, query, true);
  const filters = filtersOf(query);
  const org = actor.organisationId;
  const { figures: rows, computedAt } = await withSnapshot(
    tx,
    org,
    'avoided_costs',
    { ...filters, view: 'dashboard' },
    cacheSeconds,
    async () => ({
      total: (await aggregate(tx, org, filters))[0] ?? {},
      month: await aggregate(tx, org, { ...filters, groupBy: 'month' }),
      category: await aggregate(tx, org, { ...filters, groupBy: 'category' }),
      program: await aggregate(tx, org, { ...filters, groupBy: 'program' }),
    }),
  );
  return {
    period: { from: query.from ?? null, to: query.to ?? null },
    computedAt,
    ...figures(rows.total),
    byMonth: toGroups(rows.month, 'month'),
    byCategory: toGroups(rows.category, 'category'),
    byProgram: toGroups(rows.program, 'program'),
  };
}

/** Who reads the figures, and how long a period may be split by month. */
function assertReadable(actor: Actor, query: { from?: string | undefined; to?: string | undefined }, byMonth: boolean) {
  if (!can(actor.role, 'aggregate.read'))
    throw forbidden('Only coordinators, admins and analysts read avoided-cost figures');
  if (byMonth && query.from && query.to && monthsBetween(query.from, query.to) > MAX_MONTHS) {
    throw new HttpProblem(400, 'period-too-long', 'Bad Request', `Group at most ${MAX_MONTHS} months by month`, {
      errors: [{ path: 'querystring.from', message: `At most ${MAX_MONTHS} months` }],
    });
  }
}

/** The filters, named one by one: the CSV route's query also carries its delimiter, which changes no figure. */
const filtersOf = (query: AvoidedCostDashboardQuery): AvoidedCostDashboardQuery => ({
  from: query.from,
  to: query.to,
  programId: query.programId,
  siteId: query.siteId,
  coachId: query.coachId,
  category: query.category,
});

function toGroups(rows: Row[], groupBy: SummaryGrouping) {
  return rows.map((row) => ({
    key: String(row.key),
    label: String(row.label ?? row.key),
    ...figures(row),
    // By category, the household counts that do not depend on a breakthrough's category are not split.
    ...(groupBy === 'category' ? { householdsFollowed: null, householdsWithPlan: null } : {}),
  }));
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
