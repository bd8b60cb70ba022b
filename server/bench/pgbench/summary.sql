-- pgbench equivalent of GET /api/v1/avoided-costs/summary?from&to (one organisation, one calendar year) as a coordinator: the statements the server sends for one request, in one
-- transaction as percee_app with the tenant set (captured with log_statement; see docs/benchmarks.md).
-- The first statement also reads this transaction's values from bench.fixture (built by bench.ts),
-- so it costs the same round trip as the server's set_config statement. Run with -M prepared
-- (the server's connections prepare each statement once, see db/client.ts) and -D n=<fixture rows>.
\set k random(1, :n)
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', f.org::text, true), set_config('app.user_id', f.uid::text, true),
       f.org AS org, f.uid AS uid, coalesce(f.case_id, f.org) AS case_id, coalesce(f.pattern, '') AS pattern,
       coalesce(f.from_date, '') AS from_date, coalesce(f.to_date, '') AS to_date
  FROM bench.fixture f WHERE f.scenario = 'summary' AND f.k = :k \gset
select "active", "role" from "users" where ("users"."organisation_id" = :org and "users"."id" = :uid);
with base as (
  select c.id as case_id, c.household_id, c.program_id, h.site_id,
  (c.opened_at at time zone 'UTC')::date as opened_on,
  (c.closed_at at time zone 'UTC')::date as closed_on
  from cases c
  join programs p on p.organisation_id = c.organisation_id and p.id = c.program_id
  join households h on h.organisation_id = c.organisation_id and h.id = c.household_id
  where c.organisation_id = :org and p.method = 'breakthrough'
  ),
  windows as (select 'all'::text as k, coalesce(:from_date::date, '-infinity'::date) as win_from, coalesce(:to_date::date, 'infinity'::date) as win_to),
  scope as (
  select w.k as k, b.case_id, b.household_id, w.win_from, w.win_to
  from base b cross join windows w
  where b.opened_on <= w.win_to and (b.closed_on is null or b.closed_on >= w.win_from)
  ),
  followed as (select k, count(distinct household_id)::int as n from scope group by k),
  planned as (
  select s.k, count(distinct s.household_id)::int as n
  from scope s
  join breakthrough_plans bp on bp.organisation_id = :org and bp.case_id = s.case_id
  where bp.activated_at is not null and (bp.activated_at at time zone 'UTC')::date <= s.win_to
  group by s.k
  ),
  achieved as (
  select s.k as k,
  count(distinct s.household_id)::int as households,
  count(*)::int as n,
  coalesce(sum(bt.realised_gross_cents), 0)::bigint as gross,
  coalesce(sum(bt.intervention_cents), 0)::bigint as intervention,
  coalesce(sum(bt.realised_net_cents), 0)::bigint as net
  from scope s
  join breakthroughs bt on bt.organisation_id = :org and bt.case_id = s.case_id
  where bt.status = 'achieved' and bt.achieved_on between s.win_from and s.win_to 
  group by s.k
  ),
  keys as (select k from windows)
  select keys.k as key, keys.k as label,
  coalesce(f.n, 0) as followed, coalesce(pl.n, 0) as planned,
  coalesce(a.households, 0) as households, coalesce(a.n, 0) as breakthroughs,
  coalesce(a.gross, 0) as gross, coalesce(a.intervention, 0) as intervention, coalesce(a.net, 0) as net
  from keys
  left join followed f on f.k = keys.k
  left join planned pl on pl.k = keys.k
  left join achieved a on a.k = keys.k
  order by keys.k;
insert into "audit_log" ("organisation_id", "id", "occurred_at", "actor_user_id", "action", "entity_type", "entity_id", "changes", "request_id") values (:org, default, default, :uid, 'avoided_costs.summary', 'report', NULL, '{"query": {"to": "2025-12-31", "from": "2025-01-01"}}', 'pgbench');
COMMIT;
