import { type AvoidedCostSummary, type AvoidedCostSummaryQuery, can, returnPerEuroHundredths } from '@percee/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/tenant.js';
import { forbidden, HttpProblem } from '../../lib/problem.js';
import { withSnapshot } from '../reports/index.js';

const MAX_MONTHS = 120;

type Row = Record<string, unknown>;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/*
 * A sum of cents, in numeric (no bigint overflow), held within ±(2^53 − 1): the entry bounds
 * (shared/src/bounds.ts) keep an organisation's history far below it, but rows stored before them
 * must not make the figures fail for good (achieved figures are frozen).
 */
const saturated = (sum: SQL) =>
  sql`least(greatest(coalesce(${sum}, 0), ${sql.raw(String(-MAX_SAFE))}), ${sql.raw(String(MAX_SAFE))})::bigint`;

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
  if (!can(actor.role, 'aggregate.read'))
    throw forbidden('Only coordinators, admins and analysts read avoided-cost figures');
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

/** One row per group (or one row for the whole period without groupBy), all aggregated in SQL. */
async function aggregate(tx: Tx, org: string, query: AvoidedCostSummaryQuery): Promise<Row[]> {
  const from = query.from ?? null;
  const to = query.to ?? null;
  const fromDate = sql`coalesce(${from}::date, '-infinity'::date)`;
  const toDate = sql`coalesce(${to}::date, 'infinity'::date)`;

  const caseFilters: SQL[] = [sql`c.organisation_id = ${org}`, sql`p.method = 'breakthrough'`];
  if (query.programId) caseFilters.push(sql`c.program_id = ${query.programId}`);
  if (query.siteId) caseFilters.push(sql`h.site_id = ${query.siteId}`);
  if (query.coachId) caseFilters.push(sql`c.primary_worker_id = ${query.coachId}`);
  const categoryFilter = query.category ? sql`and bt.category = ${query.category}` : sql``;

  const byMonth = query.groupBy === 'month';
  const windows = byMonth
    ? sql`select to_char(m, 'YYYY-MM') as k, greatest(m::date, ${fromDate}) as win_from,
             least((m + interval '1 month' - interval '1 day')::date, ${toDate}) as win_to
          from generate_series(
            date_trunc('month', coalesce(${from}::date, (select min(opened_on) from base), current_date)::timestamp),
            date_trunc('month', coalesce(${to}::date, current_date)::timestamp),
            interval '1 month') as m
          limit ${MAX_MONTHS * 3}`
    : sql`select 'all'::text as k, ${fromDate} as win_from, ${toDate} as win_to`;
  // The key a case row counts under: the window (whole period or month), its program, or its site.
  const caseKey =
    query.groupBy === 'program'
      ? sql`b.program_id::text`
      : query.groupBy === 'site'
        ? sql`coalesce(b.site_id::text, 'none')`
        : sql`w.k`;
  const byCategory = query.groupBy === 'category';
  const achievedKey = byCategory ? sql`bt.category::text` : sql`s.k`;
  // Groups shown: every month (even empty ones) or the whole period; programs and sites with cases; categories with breakthroughs.
  const keys =
    query.groupBy === 'program' || query.groupBy === 'site'
      ? sql`select distinct k from scope`
      : byCategory
        ? sql`select distinct k from achieved`
        : sql`select k from windows`;
  const label =
    query.groupBy === 'program'
      ? sql`(select pr.name from programs pr where pr.organisation_id = ${org} and pr.id::text = keys.k)`
      : query.groupBy === 'site'
        ? sql`coalesce((select si.name from sites si where si.organisation_id = ${org} and si.id::text = keys.k), 'none')`
        : sql`keys.k`;

  const result = (await tx.execute(sql`
    with base as (
      select c.id as case_id, c.household_id, c.program_id, h.site_id,
             (c.opened_at at time zone 'UTC')::date as opened_on,
             (c.closed_at at time zone 'UTC')::date as closed_on
      from cases c
      join programs p on p.organisation_id = c.organisation_id and p.id = c.program_id
      join households h on h.organisation_id = c.organisation_id and h.id = c.household_id
      where ${sql.join(caseFilters, sql` and `)}
    ),
    windows as (${windows}),
    scope as (
      select ${caseKey} as k, b.case_id, b.household_id, w.win_from, w.win_to
      from base b cross join windows w
      where b.opened_on <= w.win_to and (b.closed_on is null or b.closed_on >= w.win_from)
    ),
    followed as (select k, count(distinct household_id)::int as n from scope group by k),
    planned as (
      select s.k, count(distinct s.household_id)::int as n
      from scope s
      join breakthrough_plans bp on bp.organisation_id = ${org} and bp.case_id = s.case_id
      where bp.activated_at is not null and (bp.activated_at at time zone 'UTC')::date <= s.win_to
      group by s.k
    ),
    achieved as (
      select ${achievedKey} as k,
             count(distinct s.household_id)::int as households,
             count(*)::int as n,
             ${saturated(sql`sum(bt.realised_gross_cents)`)} as gross,
             ${saturated(sql`sum(bt.intervention_cents)`)} as intervention,
             ${saturated(sql`sum(bt.realised_net_cents)`)} as net
      from scope s
      join breakthroughs bt on bt.organisation_id = ${org} and bt.case_id = s.case_id
      where bt.status = 'achieved' and bt.achieved_on between s.win_from and s.win_to ${categoryFilter}
      group by ${achievedKey}
    ),
    keys as (${keys})
    select keys.k as key, ${label} as label,
           coalesce(f.n, 0) as followed, coalesce(pl.n, 0) as planned,
           coalesce(a.households, 0) as households, coalesce(a.n, 0) as breakthroughs,
           coalesce(a.gross, 0) as gross, coalesce(a.intervention, 0) as intervention, coalesce(a.net, 0) as net
    from keys
    left join followed f on f.k = keys.k
    left join planned pl on pl.k = keys.k
    left join achieved a on a.k = keys.k
    order by keys.k`)) as unknown as { rows: Row[] };
  return result.rows;
}
