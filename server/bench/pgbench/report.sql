-- pgbench equivalent of GET /api/v1/reports/activity?from&to (one organisation, one calendar year) as a coordinator: the statements the server sends for one request, in one
-- transaction as percee_app with the tenant set (captured with log_statement; see docs/benchmarks.md).
-- The first statement also reads this transaction's values from bench.fixture (built by bench.ts),
-- so it costs the same round trip as the server's set_config statement. Run with -M prepared
-- (the server's connections prepare each statement once, see db/client.ts) and -D n=<fixture rows>.
\set k random(1, :n)
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', f.org::text, true), set_config('app.user_id', f.uid::text, true),
       f.org AS org, f.uid AS uid, coalesce(f.case_id, f.org) AS case_id, coalesce(f.pattern, '') AS pattern,
       coalesce(f.from_date, '') AS from_date, coalesce(f.to_date, '') AS to_date
  FROM bench.fixture f WHERE f.scenario = 'report' AND f.k = :k \gset
select "active", "role" from "users" where ("users"."organisation_id" = :org and "users"."id" = :uid);
select r.status::text as status, r.decline_reason::text as decline_reason, count(*)::int as count
  from referrals r
  where r.organisation_id = :org and r.received_at >= (:from_date::date::timestamp at time zone 'UTC') and r.received_at < ((:to_date::date + 1)::timestamp at time zone 'UTC')
  group by 1, 2;
select count(*)::int as done,
  count(*) filter (where c.accompaniment_started_at is null and c.closed_at is not null and c.closed_at < ((:to_date::date + 1)::timestamp at time zone 'UTC'))::int as without
  from cases c where c.organisation_id = :org
  and c.opened_at >= (:from_date::date::timestamp at time zone 'UTC') and c.opened_at < ((:to_date::date + 1)::timestamp at time zone 'UTC');
select c.closure_reason::text as key, count(*)::int as count
  from cases c where c.organisation_id = :org
  and c.opened_at >= (:from_date::date::timestamp at time zone 'UTC') and c.opened_at < ((:to_date::date + 1)::timestamp at time zone 'UTC')
  and c.accompaniment_started_at is null and c.closed_at is not null and c.closed_at < ((:to_date::date + 1)::timestamp at time zone 'UTC')
  group by 1 order by 2 desc, 1;
select count(*) filter (where c.accompaniment_started_at < ((:to_date::date + 1)::timestamp at time zone 'UTC') and (c.closed_at is null or c.closed_at >= (:from_date::date::timestamp at time zone 'UTC')))::int as active,
  count(*) filter (where c.accompaniment_started_at >= (:from_date::date::timestamp at time zone 'UTC') and c.accompaniment_started_at < ((:to_date::date + 1)::timestamp at time zone 'UTC'))::int as started,
  count(*) filter (where c.accompaniment_started_at is not null and c.closed_at >= (:from_date::date::timestamp at time zone 'UTC') and c.closed_at < ((:to_date::date + 1)::timestamp at time zone 'UTC'))::int as closed
  from cases c where c.organisation_id = :org
  and c.accompaniment_started_at is not null;
select c.accompaniment_type::text as key, count(*)::int as count
  from cases c where c.organisation_id = :org
  and c.accompaniment_started_at is not null and c.accompaniment_started_at < ((:to_date::date + 1)::timestamp at time zone 'UTC') and (c.closed_at is null or c.closed_at >= (:from_date::date::timestamp at time zone 'UTC'))
  group by 1 order by 2 desc, 1;
select c.closure_reason::text as key, count(*)::int as count
  from cases c where c.organisation_id = :org
  and c.closed_at >= (:from_date::date::timestamp at time zone 'UTC') and c.closed_at < ((:to_date::date + 1)::timestamp at time zone 'UTC')
  group by 1 order by 2 desc, 1;
select count(*)::int as closed,
  round(avg(extract(epoch from c.closed_at - c.opened_at) / 86400)::numeric, 1)::float8 as average,
  round((percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.opened_at) / 86400))::numeric, 1)::float8 as median
  from cases c where c.organisation_id = :org
  and c.closed_at >= (:from_date::date::timestamp at time zone 'UTC') and c.closed_at < ((:to_date::date + 1)::timestamp at time zone 'UTC');
with scoped as (
  select c.id from cases c where c.organisation_id = :org
  and c.opened_at < ((:to_date::date + 1)::timestamp at time zone 'UTC') and (c.closed_at is null or c.closed_at >= (:from_date::date::timestamp at time zone 'UTC'))
  ), period_contacts as (
  select k.case_id, k.occurred_at,
  k.occurred_at - lag(k.occurred_at) over (partition by k.case_id order by k.occurred_at, k.id) as gap
  from contacts k join scoped s on s.id = k.case_id
  where k.organisation_id = :org and k.occurred_at >= (:from_date::date::timestamp at time zone 'UTC') and k.occurred_at < ((:to_date::date + 1)::timestamp at time zone 'UTC')
  )
  select (select count(*)::int from period_contacts) as total,
  (select count(distinct case_id)::int from period_contacts) as cases,
  (select count(*)::int from scoped) as active_cases,
  (select round((avg(extract(epoch from gap)) / 86400)::numeric, 1)::float8 from period_contacts where gap is not null) as average_interval;
select k.type::text as key, count(*)::int as count
  from contacts k join cases c on c.organisation_id = k.organisation_id and c.id = k.case_id
  where c.organisation_id = :org
  and k.occurred_at >= (:from_date::date::timestamp at time zone 'UTC') and k.occurred_at < ((:to_date::date + 1)::timestamp at time zone 'UTC')
  group by 1 order by 2 desc, 1;
with ordered as (
  select a.case_id, s.domain, array_agg(s.score order by a.assessed_at, a.id) as scores
  from assessments a
  join assessment_scores s on s.organisation_id = a.organisation_id and s.assessment_id = a.id
  join cases c on c.organisation_id = a.organisation_id and c.id = a.case_id
  where c.organisation_id = :org
  and c.opened_at < ((:to_date::date + 1)::timestamp at time zone 'UTC') and (c.closed_at is null or c.closed_at >= (:from_date::date::timestamp at time zone 'UTC')) and a.assessed_at < ((:to_date::date + 1)::timestamp at time zone 'UTC')
  group by a.case_id, s.domain
  having count(*) >= 2
  ), paired as (
  select case_id, domain, scores[1] as first, scores[cardinality(scores)] as latest from ordered
  )
  select domain, count(*)::int as cases,
  round(avg(first)::numeric, 2)::float8 as mean_first,
  round(avg(latest)::numeric, 2)::float8 as mean_latest,
  round(avg(latest - first)::numeric, 2)::float8 as mean_change
  from paired group by domain order by domain;
select g.kind::text as kind, g.nature::text as nature, count(*)::int as count,
  coalesce(sum(g.amount_cents), 0)::bigint::float8 as total, count(distinct c.household_id)::int as households
  from aid_grants g join cases c on c.organisation_id = g.organisation_id and c.id = g.case_id
  where c.organisation_id = :org
  and g.granted_on >= :from_date::date and g.granted_on <= :to_date::date
  group by 1, 2;
COMMIT;
