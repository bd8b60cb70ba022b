-- pgbench equivalent of GET /api/v1/cases/:id (the case worker's own case): the statements the server sends for one request, in one
-- transaction as percee_app with the tenant set (captured with log_statement; see docs/benchmarks.md).
-- The first statement also reads this transaction's values from bench.fixture (built by bench.ts),
-- so it costs the same round trip as the server's set_config statement. Run with -M prepared
-- (the server's connections prepare each statement once, see db/client.ts) and -D n=<fixture rows>.
\set k random(1, :n)
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', f.org::text, true), set_config('app.user_id', f.uid::text, true),
       f.org AS org, f.uid AS uid, coalesce(f.case_id, f.org) AS case_id, coalesce(f.pattern, '') AS pattern,
       coalesce(f.from_date, '') AS from_date, coalesce(f.to_date, '') AS to_date
  FROM bench.fixture f WHERE f.scenario = 'case' AND f.k = :k \gset
select "active", "role" from "users" where ("users"."organisation_id" = :org and "users"."id" = :uid);
select "cases"."id", "cases"."organisation_id", "cases"."household_id", "households"."reference", "households"."display_name", "households"."site_id", "cases"."program_id", "programs"."name", "programs"."contact_interval_days", "programs"."caseload_limit", "cases"."primary_worker_id", "users"."display_name", "cases"."accompaniment_type", "cases"."stage", "cases"."opened_at", "cases"."closed_at", "cases"."closure_reason", "cases"."last_contact_at", "cases"."next_planned_contact_at", "cases"."contact_due_at", "cases"."updated_at", "cases"."version" from "cases" inner join "households" on ("households"."organisation_id" = "cases"."organisation_id" and "households"."id" = "cases"."household_id") inner join "programs" on ("programs"."organisation_id" = "cases"."organisation_id" and "programs"."id" = "cases"."program_id") inner join "users" on ("users"."organisation_id" = "cases"."organisation_id" and "users"."id" = "cases"."primary_worker_id") where ("cases"."organisation_id" = :org and "cases"."id" = :case_id);
insert into "audit_log" ("organisation_id", "id", "occurred_at", "actor_user_id", "action", "entity_type", "entity_id", "changes", "request_id") values (:org, default, default, :uid, 'case.read', 'case', :case_id, NULL, 'pgbench');
select "case_id", "user_id" from "case_co_workers" where ("case_co_workers"."organisation_id" = :org and "case_co_workers"."case_id" in (:case_id));
COMMIT;
