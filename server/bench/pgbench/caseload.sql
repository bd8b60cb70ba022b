-- pgbench equivalent of GET /api/v1/caseload (a case worker's open cases): the statements the server sends for one request, in one
-- transaction as percee_app with the tenant set (captured with log_statement; see docs/benchmarks.md).
-- The first statement also reads this transaction's values from bench.fixture (built by bench.ts),
-- so it costs the same round trip as the server's set_config statement. Run with -M prepared
-- (the server's connections prepare each statement once, see db/client.ts) and -D n=<fixture rows>.
\set k random(1, :n)
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', f.org::text, true), set_config('app.user_id', f.uid::text, true),
       f.org AS org, f.uid AS uid, coalesce(f.case_id, f.org) AS case_id, coalesce(f.pattern, '') AS pattern,
       coalesce(f.from_date, '') AS from_date, coalesce(f.to_date, '') AS to_date
  FROM bench.fixture f WHERE f.scenario = 'caseload' AND f.k = :k \gset
select "active", "role" from "users" where ("users"."organisation_id" = :org and "users"."id" = :uid);
-- The server fetches the first page (its default 50 rows, the urgency computed in SQL at the request's instant,
-- here now()), then looks up the co-workers of the ids it got.
select coalesce(string_agg(s.id::text, ','), '') AS ids from (
select "cases"."id", "cases"."organisation_id", "cases"."household_id", "households"."reference", "households"."display_name", "households"."site_id", "cases"."program_id", "programs"."name", "programs"."contact_interval_days", "programs"."caseload_limit", "cases"."primary_worker_id", "users"."display_name", "cases"."accompaniment_type", "cases"."stage", "cases"."opened_at", "cases"."closed_at", "cases"."closure_reason", "cases"."last_contact_at", "cases"."next_planned_contact_at", "cases"."contact_due_at", "cases"."updated_at", "cases"."version", (case
    when "cases"."contact_due_at" < now() then 0
    when "cases"."stage" = 'evaluation' or "cases"."next_planned_contact_at" <= now() + interval '3 days' or ("cases"."stage" = 'assessment' and not exists (
    select 1 from "assessments" a where a.organisation_id = "cases"."organisation_id" and a.case_id = "cases"."id"))
      then 1
    else 2 end), ("cases"."stage" = 'assessment' and not exists (
    select 1 from "assessments" a where a.organisation_id = "cases"."organisation_id" and a.case_id = "cases"."id")) from "cases" inner join "households" on ("households"."organisation_id" = "cases"."organisation_id" and "households"."id" = "cases"."household_id") inner join "programs" on ("programs"."organisation_id" = "cases"."organisation_id" and "programs"."id" = "cases"."program_id") inner join "users" on ("users"."organisation_id" = "cases"."organisation_id" and "users"."id" = "cases"."primary_worker_id") where ("cases"."organisation_id" = :org and "cases"."closed_at" is null and "cases"."id" in (select c.id from "cases" c where c.organisation_id = :org and c.primary_worker_id = :uid union all select w.case_id from "case_co_workers" w where w.organisation_id = :org and w.user_id = :uid)) order by (case
    when "cases"."contact_due_at" < now() then 0
    when "cases"."stage" = 'evaluation' or "cases"."next_planned_contact_at" <= now() + interval '3 days' or ("cases"."stage" = 'assessment' and not exists (
    select 1 from "assessments" a where a.organisation_id = "cases"."organisation_id" and a.case_id = "cases"."id"))
      then 1
    else 2 end) asc, coalesce("cases"."contact_due_at", 'infinity'::timestamptz) asc, "cases"."id" asc limit 51
) s (id) \gset
select "case_id", "user_id" from "case_co_workers" where ("case_co_workers"."organisation_id" = :org and "case_co_workers"."case_id" = any(string_to_array(:ids, ',')::uuid[]));
COMMIT;
