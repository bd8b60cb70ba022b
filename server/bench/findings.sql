-- Reproduces the findings of docs/benchmarks.md on a database seeded by `pnpm db:seed:large`:
--   psql "$DATABASE_URL" -f server/bench/findings.sql > findings.txt
-- Every experiment runs in a transaction that is rolled back: indexes and extensions tried here are
-- not left behind. Queries run as percee_app with the tenant set, like the server's.
\set ON_ERROR_STOP on
\pset pager off
\timing off

-- A case worker with a typical caseload and a coordinator of the same organisation.
SELECT u.organisation_id AS org, u.id AS uid FROM users u WHERE u.email = 'cw1.org3@bench.percee.test' \gset
SELECT u.id AS coord FROM users u WHERE u.email = 'coord0.org3@bench.percee.test' \gset
SELECT extract(year FROM anchor)::int - 1 AS year FROM bench.seed_info \gset

\echo '=== F2. Caseload: the query as the server sends it'
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', :'org', true), set_config('app.user_id', :'uid', true) \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select "cases"."id", "households"."reference", "programs"."name", "users"."display_name", "cases"."stage", "cases"."contact_due_at"
from "cases" inner join "households" on ("households"."organisation_id" = "cases"."organisation_id" and "households"."id" = "cases"."household_id")
inner join "programs" on ("programs"."organisation_id" = "cases"."organisation_id" and "programs"."id" = "cases"."program_id")
inner join "users" on ("users"."organisation_id" = "cases"."organisation_id" and "users"."id" = "cases"."primary_worker_id")
where ("cases"."organisation_id" = :'org' and "cases"."closed_at" is null and ("cases"."primary_worker_id" = :'uid' or exists (select 1 from "case_co_workers" where "case_co_workers"."organisation_id" = :'org' and "case_co_workers"."case_id" = "cases"."id" and "case_co_workers"."user_id" = :'uid')))
order by "cases"."contact_due_at" asc, "cases"."id" asc limit 500;
ROLLBACK;

\echo '=== F2. Caseload: the same query without row-level security (as the owner): the users policy OR is gone'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select "cases"."id", "households"."reference", "programs"."name", "users"."display_name", "cases"."stage", "cases"."contact_due_at"
from "cases" inner join "households" on ("households"."organisation_id" = "cases"."organisation_id" and "households"."id" = "cases"."household_id")
inner join "programs" on ("programs"."organisation_id" = "cases"."organisation_id" and "programs"."id" = "cases"."program_id")
inner join "users" on ("users"."organisation_id" = "cases"."organisation_id" and "users"."id" = "cases"."primary_worker_id")
where ("cases"."organisation_id" = :'org' and "cases"."closed_at" is null and ("cases"."primary_worker_id" = :'uid' or exists (select 1 from "case_co_workers" where "case_co_workers"."organisation_id" = :'org' and "case_co_workers"."case_id" = "cases"."id" and "case_co_workers"."user_id" = :'uid')))
order by "cases"."contact_due_at" asc, "cases"."id" asc limit 500;
ROLLBACK;

\echo '=== F2. Caseload: proposed query (ids of my cases first: primary UNION co-worker), as percee_app'
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', :'org', true), set_config('app.user_id', :'uid', true) \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select "cases"."id", "households"."reference", "programs"."name", "users"."display_name", "cases"."stage", "cases"."contact_due_at"
from "cases" inner join "households" on ("households"."organisation_id" = "cases"."organisation_id" and "households"."id" = "cases"."household_id")
inner join "programs" on ("programs"."organisation_id" = "cases"."organisation_id" and "programs"."id" = "cases"."program_id")
inner join "users" on ("users"."organisation_id" = "cases"."organisation_id" and "users"."id" = "cases"."primary_worker_id")
where "cases"."organisation_id" = :'org' and "cases"."closed_at" is null
  and "cases"."id" in (select c.id from cases c where c.organisation_id = :'org' and c.primary_worker_id = :'uid' and c.closed_at is null
                       union all
                       select w.case_id from case_co_workers w where w.organisation_id = :'org' and w.user_id = :'uid')
order by "cases"."contact_due_at" asc, "cases"."id" asc limit 500;
ROLLBACK;

\echo '=== F3. Household search, coordinator, a frequent word (LIKE on every household of the organisation)'
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', :'org', true), set_config('app.user_id', :'coord', true) \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, display_name from households where organisation_id = :'org' and search_text like '%peeters%' order by display_name, id limit 51;
\echo '=== F3. Household search, coordinator, a rare word'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, display_name from households where organisation_id = :'org' and search_text like '%wauters%' order by display_name, id limit 51;
\echo '=== F3. Household search, coordinator, a typo ("duboys"): LIKE finds nothing'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, display_name from households where organisation_id = :'org' and search_text like '%duboys%' order by display_name, id limit 51;
ROLLBACK;

\echo '=== F3. With pg_trgm + btree_gin: a GIN index on (organisation_id, search_text gin_trgm_ops)'
BEGIN;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
\timing on
CREATE INDEX households_org_search_trgm_idx ON households USING gin (organisation_id, search_text gin_trgm_ops);
\timing off
SELECT pg_size_pretty(pg_relation_size('households_org_search_trgm_idx')) AS trigram_index_size;
ANALYZE households;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', :'org', true), set_config('app.user_id', :'coord', true) \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, display_name from households where organisation_id = :'org' and search_text like '%wauters%' order by display_name, id limit 51;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, display_name from households where organisation_id = :'org' and search_text like '%peeters%' order by display_name, id limit 51;
\echo '=== F3. Typo-tolerant: word similarity ("duboys" finds Dubois), same index'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, display_name, word_similarity('duboys', search_text) as score from households
where organisation_id = :'org' and 'duboys' <% search_text order by score desc, display_name, id limit 51;
select display_name, round(word_similarity('duboys', search_text)::numeric, 2) as score from households
where organisation_id = :'org' and 'duboys' <% search_text order by score desc, display_name limit 5;
ROLLBACK;

\echo '=== F4. Household search as a case worker (households they work with): EXISTS per household'
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', :'org', true), set_config('app.user_id', :'uid', true) \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, display_name from households where (organisation_id = :'org' and exists (select 1 from cases c where c.organisation_id = :'org' and c.household_id = households.id
    and (c.primary_worker_id = :'uid' or exists (select 1 from case_co_workers w where w.organisation_id = :'org' and w.case_id = c.id and w.user_id = :'uid'))) and search_text like '%peeters%')
order by display_name, id limit 51;
\echo '=== F4. Proposed: start from the worker''s cases'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select h.id, h.display_name from households h where h.organisation_id = :'org'
  and h.id in (select c.household_id from cases c where c.organisation_id = :'org' and (c.primary_worker_id = :'uid'
                 or c.id in (select w.case_id from case_co_workers w where w.organisation_id = :'org' and w.user_id = :'uid')))
  and h.search_text like '%peeters%'
order by h.display_name, h.id limit 51;
ROLLBACK;

\echo '=== F5. Activity report: each statement, one organisation, one year'
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', :'org', true), set_config('app.user_id', :'coord', true) \gset
\set from :year '-01-01'
\set to :year '-12-31'
\echo '--- contacts: totals and intervals (the window over contacts of the period)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with scoped as (
  select c.id from cases c join households h on h.organisation_id = c.organisation_id and h.id = c.household_id where c.organisation_id = :'org'
  and c.opened_at < ((:'to'::date + 1)::timestamp at time zone 'UTC') and (c.closed_at is null or c.closed_at >= (:'from'::date::timestamp at time zone 'UTC'))
), period_contacts as (
  select k.case_id, k.occurred_at,
         k.occurred_at - lag(k.occurred_at) over (partition by k.case_id order by k.occurred_at, k.id) as gap
  from contacts k join scoped s on s.id = k.case_id
  where k.organisation_id = :'org' and k.occurred_at >= (:'from'::date::timestamp at time zone 'UTC') and k.occurred_at < ((:'to'::date + 1)::timestamp at time zone 'UTC')
)
select (select count(*)::int from period_contacts) as total,
       (select count(distinct case_id)::int from period_contacts) as cases,
       (select count(*)::int from scoped) as active_cases,
       (select round((avg(extract(epoch from gap)) / 86400)::numeric, 1)::float8 from period_contacts where gap is not null) as average_interval;
\echo '--- contacts by type'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select k.type::text as key, count(*)::int as count
from contacts k join cases c join households h on h.organisation_id = c.organisation_id and h.id = c.household_id on c.organisation_id = k.organisation_id and c.id = k.case_id
where c.organisation_id = :'org'
  and k.occurred_at >= (:'from'::date::timestamp at time zone 'UTC') and k.occurred_at < ((:'to'::date + 1)::timestamp at time zone 'UTC')
group by 1 order by 2 desc, 1;
\echo '--- assessment progress'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with scored as (
  select a.case_id, s.domain, s.score,
         row_number() over (partition by a.case_id, s.domain order by a.assessed_at, a.id) as first_rank,
         row_number() over (partition by a.case_id, s.domain order by a.assessed_at desc, a.id desc) as last_rank,
         count(*) over (partition by a.case_id, s.domain) as n
  from assessments a
  join assessment_scores s on s.organisation_id = a.organisation_id and s.assessment_id = a.id
  join cases c join households h on h.organisation_id = c.organisation_id and h.id = c.household_id on c.organisation_id = a.organisation_id and c.id = a.case_id
  where c.organisation_id = :'org'
  and c.opened_at < ((:'to'::date + 1)::timestamp at time zone 'UTC') and (c.closed_at is null or c.closed_at >= (:'from'::date::timestamp at time zone 'UTC')) and a.assessed_at < ((:'to'::date + 1)::timestamp at time zone 'UTC')
), paired as (
  select case_id, domain, max(score) filter (where first_rank = 1) as first, max(score) filter (where last_rank = 1) as latest
  from scored where n >= 2 group by case_id, domain
)
select domain, count(*)::int as cases, round(avg(first)::numeric, 2)::float8 as mean_first,
       round(avg(latest)::numeric, 2)::float8 as mean_latest, round(avg(latest - first)::numeric, 2)::float8 as mean_change
from paired group by domain order by domain;
ROLLBACK;

\echo '=== F6. Avoided-cost summary (one organisation, one year)'
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', :'org', true), set_config('app.user_id', :'coord', true) \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
with base as (
  select c.id as case_id, c.household_id, c.program_id, h.site_id,
         (c.opened_at at time zone 'UTC')::date as opened_on, (c.closed_at at time zone 'UTC')::date as closed_on
  from cases c
  join programs p on p.organisation_id = c.organisation_id and p.id = c.program_id
  join households h on h.organisation_id = c.organisation_id and h.id = c.household_id
  where c.organisation_id = :'org' and p.method = 'breakthrough'
),
windows as (select 'all'::text as k, coalesce(:'from'::date, '-infinity'::date) as win_from, coalesce(:'to'::date, 'infinity'::date) as win_to),
scope as (
  select w.k as k, b.case_id, b.household_id, w.win_from, w.win_to
  from base b cross join windows w
  where b.opened_on <= w.win_to and (b.closed_on is null or b.closed_on >= w.win_from)
),
followed as (select k, count(distinct household_id)::int as n from scope group by k),
planned as (
  select s.k, count(distinct s.household_id)::int as n from scope s
  join breakthrough_plans bp on bp.organisation_id = :'org' and bp.case_id = s.case_id
  where bp.activated_at is not null and (bp.activated_at at time zone 'UTC')::date <= s.win_to group by s.k
),
achieved as (
  select s.k as k, count(distinct s.household_id)::int as households, count(*)::int as n,
         coalesce(sum(bt.realised_gross_cents), 0)::bigint as gross, coalesce(sum(bt.intervention_cents), 0)::bigint as intervention,
         coalesce(sum(bt.realised_net_cents), 0)::bigint as net
  from scope s join breakthroughs bt on bt.organisation_id = :'org' and bt.case_id = s.case_id
  where bt.status = 'achieved' and bt.achieved_on between s.win_from and s.win_to group by s.k
),
keys as (select k from windows)
select keys.k, coalesce(f.n, 0), coalesce(pl.n, 0), coalesce(a.households, 0), coalesce(a.n, 0), coalesce(a.gross, 0)
from keys left join followed f on f.k = keys.k left join planned pl on pl.k = keys.k left join achieved a on a.k = keys.k;
ROLLBACK;

\echo '=== Sizes'
SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) AS total, pg_size_pretty(pg_relation_size(oid)) AS heap
FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY pg_total_relation_size(oid) DESC LIMIT 12;
