import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { rowsOf } from '../../lib/sql.js';

/*
 * The activity report, computed in the database. Every figure is defined in docs/reports.md.
 * The period is [from 00:00, the day after `to` 00:00), both midnights in the organisation's time zone.
 */

export interface Scope {
  organisationId: string;
  from: string;
  to: string;
  programId?: string | undefined;
  siteId?: string | undefined;
  workerId?: string | undefined;
  /** IANA name: the period's days begin at midnight there (a timestamp at 23:30 UTC on 31 December is 1 January in Brussels). */
  timeZone: string;
}

// A local midnight (timestamp without zone) `at time zone` the organisation's zone is the instant it
// happened: DST-aware, the same on PostgreSQL and PGlite.
const start = (scope: Scope) => sql`(${scope.from}::date::timestamp at time zone ${scope.timeZone})`;
const end = (scope: Scope) => sql`((${scope.to}::date + 1)::timestamp at time zone ${scope.timeZone})`;
const inPeriod = (column: SQL, scope: Scope) => sql`${column} >= ${start(scope)} and ${column} < ${end(scope)}`;

/** Cases in scope (alias c, household alias h). */
function caseScope(scope: Scope) {
  return sql`c.organisation_id = ${scope.organisationId}
    ${scope.programId ? sql`and c.program_id = ${scope.programId}` : sql``}
    ${scope.workerId ? sql`and c.primary_worker_id = ${scope.workerId}` : sql``}
    ${scope.siteId ? sql`and h.site_id = ${scope.siteId}` : sql``}`;
}
/** Cases (alias c), joined with their households (alias h) only when a site filter needs them. */
const casesFrom = (scope: Scope) =>
  scope.siteId
    ? sql`cases c join households h on h.organisation_id = c.organisation_id and h.id = c.household_id`
    : sql`cases c`;

type KeyCount = { key: string; count: number };

/**
 * A worker's referrals are those that became a case of which they are the primary worker: a referral
 * not (yet) accepted has no worker, so with `workerId` only accepted referrals count.
 */
export async function referralFigures(tx: Tx, scope: Scope) {
  const rows = await rowsOf<{ status: string; decline_reason: string | null; count: number }>(
    tx,
    sql`select r.status::text as status, r.decline_reason::text as decline_reason, count(*)::int as count
        from referrals r
          ${scope.siteId ? sql`join households h on h.organisation_id = r.organisation_id and h.id = r.household_id` : sql``}
        where r.organisation_id = ${scope.organisationId} and ${inPeriod(sql`r.received_at`, scope)}
          ${scope.programId ? sql`and r.program_id = ${scope.programId}` : sql``}
          ${scope.siteId ? sql`and h.site_id = ${scope.siteId}` : sql``}
          ${
            scope.workerId
              ? sql`and exists (select 1 from cases c where c.organisation_id = r.organisation_id and c.referral_id = r.id
                      and c.primary_worker_id = ${scope.workerId})`
              : sql``
          }
        group by 1, 2`,
  );
  return rows;
}

export async function diagnosticFigures(tx: Tx, scope: Scope) {
  const [totals] = await rowsOf<{ done: number; without: number; overrides: number }>(
    tx,
    sql`select count(*)::int as done,
          count(*) filter (where c.accompaniment_started_at is null and c.closed_at is not null and c.closed_at < ${end(scope)})::int as without,
          count(*) filter (where c.duplicate_override_reason is not null)::int as overrides
        from ${casesFrom(scope)} where ${caseScope(scope)} and ${inPeriod(sql`c.opened_at`, scope)}`,
  );
  const byReason = await rowsOf<KeyCount>(
    tx,
    sql`select c.closure_reason::text as key, count(*)::int as count
        from ${casesFrom(scope)} where ${caseScope(scope)} and ${inPeriod(sql`c.opened_at`, scope)}
          and c.accompaniment_started_at is null and c.closed_at is not null and c.closed_at < ${end(scope)}
        group by 1 order by 2 desc, 1`,
  );
  return { done: totals?.done ?? 0, without: totals?.without ?? 0, overrides: totals?.overrides ?? 0, byReason };
}

/** An accompaniment is active in the period if it started before its end and had not closed before its start. */
const activeAccompaniment = (scope: Scope) =>
  sql`c.accompaniment_started_at < ${end(scope)} and (c.closed_at is null or c.closed_at >= ${start(scope)})`;

export async function accompanimentFigures(tx: Tx, scope: Scope) {
  const [totals] = await rowsOf<{ active: number; started: number; closed: number }>(
    tx,
    sql`select count(*) filter (where ${activeAccompaniment(scope)})::int as active,
          count(*) filter (where ${inPeriod(sql`c.accompaniment_started_at`, scope)})::int as started,
          count(*) filter (where c.accompaniment_started_at is not null and ${inPeriod(sql`c.closed_at`, scope)})::int as closed
        from ${casesFrom(scope)} where ${caseScope(scope)} and c.accompaniment_started_at is not null`,
  );
  const byType = await rowsOf<KeyCount>(
    tx,
    sql`select c.accompaniment_type::text as key, count(*)::int as count
        from ${casesFrom(scope)} where ${caseScope(scope)} and c.accompaniment_started_at is not null and ${activeAccompaniment(scope)}
        group by 1 order by 2 desc, 1`,
  );
  return { active: totals?.active ?? 0, started: totals?.started ?? 0, closed: totals?.closed ?? 0, byType };
}

/** Distinct households: of the diagnostics, of the active accompaniments, of the cases open in the period. */
export async function householdFigures(tx: Tx, scope: Scope) {
  const [row] = await rowsOf<{ diagnosed: number; accompanied: number; followed: number }>(
    tx,
    sql`select count(distinct c.household_id) filter (where ${inPeriod(sql`c.opened_at`, scope)})::int as diagnosed,
          count(distinct c.household_id) filter (where c.accompaniment_started_at is not null and ${activeAccompaniment(scope)})::int as accompanied,
          count(distinct c.household_id) filter (where ${openInPeriod(scope)})::int as followed
        from ${casesFrom(scope)} where ${caseScope(scope)}`,
  );
  return { diagnosed: row?.diagnosed ?? 0, accompanied: row?.accompanied ?? 0, followed: row?.followed ?? 0 };
}

export async function closureFigures(tx: Tx, scope: Scope) {
  const byReason = await rowsOf<KeyCount>(
    tx,
    sql`select c.closure_reason::text as key, count(*)::int as count
        from ${casesFrom(scope)} where ${caseScope(scope)} and ${inPeriod(sql`c.closed_at`, scope)}
        group by 1 order by 2 desc, 1`,
  );
  const [duration] = await rowsOf<{ closed: number; average: number | null; median: number | null }>(
    tx,
    sql`select count(*)::int as closed,
          round(avg(extract(epoch from c.closed_at - c.opened_at) / 86400)::numeric, 1)::float8 as average,
          round((percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.opened_at) / 86400))::numeric, 1)::float8 as median
        from ${casesFrom(scope)} where ${caseScope(scope)} and ${inPeriod(sql`c.closed_at`, scope)}`,
  );
  return { byReason, duration };
}

/** Cases open at some point in the period. */
const openInPeriod = (scope: Scope) =>
  sql`c.opened_at < ${end(scope)} and (c.closed_at is null or c.closed_at >= ${start(scope)})`;

/** Voided contacts (decision 19) count in no figure. */
export async function contactFigures(tx: Tx, scope: Scope) {
  const [totals] = await rowsOf<{
    total: number;
    cases: number;
    active_cases: number;
    average_interval: number | null;
  }>(
    tx,
    sql`with scoped as (
          select c.id from ${casesFrom(scope)} where ${caseScope(scope)} and ${openInPeriod(scope)}
        ), period_contacts as (
          select k.case_id, k.occurred_at,
                 k.occurred_at - lag(k.occurred_at) over (partition by k.case_id order by k.occurred_at, k.id) as gap
          from contacts k join scoped s on s.id = k.case_id
          where k.organisation_id = ${scope.organisationId} and k.voided_at is null and ${inPeriod(sql`k.occurred_at`, scope)}
        )
        select (select count(*)::int from period_contacts) as total,
               (select count(distinct case_id)::int from period_contacts) as cases,
               (select count(*)::int from scoped) as active_cases,
               (select round((avg(extract(epoch from gap)) / 86400)::numeric, 1)::float8 from period_contacts where gap is not null) as average_interval`,
  );
  // The same contacts as the total (cases in scope open in the period), so the types add up to it.
  const byType = await rowsOf<KeyCount>(
    tx,
    sql`select k.type::text as key, count(*)::int as count
        from contacts k join ${casesFrom(scope)} on c.organisation_id = k.organisation_id and c.id = k.case_id
        where ${caseScope(scope)} and ${openInPeriod(scope)} and k.voided_at is null and ${inPeriod(sql`k.occurred_at`, scope)}
        group by 1 order by 2 desc, 1`,
  );
  return { totals, byType };
}

export async function assessmentProgress(tx: Tx, scope: Scope) {
  // Per case and domain, the first and the latest score up to the end of the period (cases with two or more).
  // `all_cases`, on every row, counts distinct cases measured in at least one domain.
  return rowsOf<{
    domain: string;
    cases: number;
    all_cases: number;
    mean_first: number;
    mean_latest: number;
    mean_change: number;
  }>(
    tx,
    // One ordered aggregate per case and domain (first and last element), rather than three window
    // functions, each a sort of every score row.
    sql`with ordered as (
          select a.case_id, s.domain, array_agg(s.score order by a.assessed_at, a.id) as scores
          from assessments a
          join assessment_scores s on s.organisation_id = a.organisation_id and s.assessment_id = a.id
          join ${casesFrom(scope)} on c.organisation_id = a.organisation_id and c.id = a.case_id
          where ${caseScope(scope)} and ${openInPeriod(scope)} and a.assessed_at < ${end(scope)}
          group by a.case_id, s.domain
          having count(*) >= 2
        ), paired as (
          select case_id, domain, scores[1] as first, scores[cardinality(scores)] as latest from ordered
        )
        select domain, count(*)::int as cases,
               (select count(distinct case_id)::int from paired) as all_cases,
               round(avg(first)::numeric, 2)::float8 as mean_first,
               round(avg(latest)::numeric, 2)::float8 as mean_latest,
               round(avg(latest - first)::numeric, 2)::float8 as mean_change
        from paired group by domain order by domain`,
  );
}

/**
 * Objectives set in the period (created_at), outcomes recorded by the evaluations of the period (each
 * outcome once), and the evaluations' satisfaction, on cases in scope.
 */
export async function objectiveFigures(tx: Tx, scope: Scope) {
  const [row] = await rowsOf<{
    set: number;
    reached: number;
    partly: number;
    not_reached: number;
    evaluations: number;
    rated: number;
    mean_satisfaction: number | null;
  }>(
    tx,
    sql`with ev as (
          select e.id, e.satisfaction from objective_evaluations e
          join ${casesFrom(scope)} on c.organisation_id = e.organisation_id and c.id = e.case_id
          where ${caseScope(scope)} and ${inPeriod(sql`e.evaluated_at`, scope)}
        ),
        outcomes as (
          select x.outcome from objective_outcomes x join ev on ev.id = x.evaluation_id
          where x.organisation_id = ${scope.organisationId}
        )
        select
          (select count(*)::int from objectives o
             join ${casesFrom(scope)} on c.organisation_id = o.organisation_id and c.id = o.case_id
             where ${caseScope(scope)} and ${inPeriod(sql`o.created_at`, scope)}) as set,
          (select count(*)::int from outcomes where outcome = 'reached') as reached,
          (select count(*)::int from outcomes where outcome = 'partly') as partly,
          (select count(*)::int from outcomes where outcome = 'not_reached') as not_reached,
          (select count(*)::int from ev) as evaluations,
          (select count(satisfaction)::int from ev) as rated,
          (select round(avg(satisfaction)::numeric, 2)::float8 from ev) as mean_satisfaction`,
  );
  return row ?? { set: 0, reached: 0, partly: 0, not_reached: 0, evaluations: 0, rated: 0, mean_satisfaction: null };
}

/** Voided aid entries (decision 19) count in no total. */
export async function aidFigures(tx: Tx, scope: Scope) {
  return rowsOf<{ kind: string; nature: string; count: number; total: number; households: number }>(
    tx,
    sql`select g.kind::text as kind, g.nature::text as nature, count(*)::int as count,
               coalesce(sum(g.amount_cents), 0)::bigint::float8 as total, count(distinct c.household_id)::int as households
        from aid_grants g join ${casesFrom(scope)} on c.organisation_id = g.organisation_id and c.id = g.case_id
        where ${caseScope(scope)} and g.voided_at is null and g.granted_on >= ${scope.from}::date and g.granted_on <= ${scope.to}::date
        group by 1, 2`,
  );
}

/* ---------- team dashboard ---------- */

export async function teamWorkers(tx: Tx, organisationId: string) {
  return rowsOf<{
    id: string;
    display_name: string;
    open_cases: number;
    caseload_limit: number | null;
    overdue: number;
  }>(
    tx,
    sql`select u.id, u.display_name,
               count(c.id)::int as open_cases,
               min(p.caseload_limit)::int as caseload_limit,
               count(c.id) filter (where c.contact_due_at < now())::int as overdue
        from users u
        left join cases c on c.organisation_id = u.organisation_id and c.primary_worker_id = u.id and c.closed_at is null
        left join programs p on p.organisation_id = c.organisation_id and p.id = c.program_id
        where u.organisation_id = ${organisationId} and u.active and u.role in ('case_worker', 'coordinator')
        group by u.id, u.display_name order by u.display_name, u.id`,
  );
}

export async function teamTotals(tx: Tx, organisationId: string, timeZone: string) {
  const [totals] = await rowsOf<{ referrals_waiting: number; overdue: number }>(
    tx,
    sql`select (select count(*)::int from referrals where organisation_id = ${organisationId} and status = 'new') as referrals_waiting,
               (select count(*)::int from cases where organisation_id = ${organisationId} and closed_at is null and contact_due_at < now()) as overdue`,
  );
  const funnel = await rowsOf<{ stage: string; count: number }>(
    tx,
    sql`select stage::text as stage, count(*)::int as count from cases
        where organisation_id = ${organisationId} and closed_at is null group by stage`,
  );
  const monthly = await rowsOf<{ month: string; opened: number; closed: number }>(
    tx,
    sql`with months as (
          select to_char(m, 'YYYY-MM') as month, m as month_start
          from generate_series(date_trunc('month', now() at time zone ${timeZone}) - interval '11 months',
                               date_trunc('month', now() at time zone ${timeZone}), interval '1 month') as m
        )
        select months.month,
               (select count(*)::int from cases c where c.organisation_id = ${organisationId}
                  and c.opened_at >= months.month_start at time zone ${timeZone}
                  and c.opened_at < (months.month_start + interval '1 month') at time zone ${timeZone}) as opened,
               (select count(*)::int from cases c where c.organisation_id = ${organisationId}
                  and c.closed_at >= months.month_start at time zone ${timeZone}
                  and c.closed_at < (months.month_start + interval '1 month') at time zone ${timeZone}) as closed
        from months order by months.month`,
  );
  return { totals, funnel, monthly };
}

/* ---------- settings ---------- */

export async function setTimeZone(tx: Tx, organisationId: string, timeZone: string) {
  await tx.execute(
    sql`update organisations set time_zone = ${timeZone}, updated_at = now() where id = ${organisationId}`,
  );
}

export async function knowsTimeZone(tx: Tx, name: string): Promise<boolean> {
  const [row] = await rowsOf<{ known: boolean }>(
    tx,
    sql`select exists (select 1 from pg_timezone_names where name = ${name}) as known`,
  );
  return row?.known ?? false;
}
