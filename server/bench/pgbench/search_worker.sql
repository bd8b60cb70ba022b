-- pgbench equivalent of GET /api/v1/households?q=<one word> as a case worker (only households they work with): the statements the server sends for one request, in one
-- transaction as percee_app with the tenant set (captured with log_statement; see docs/benchmarks.md).
-- The first statement also reads this transaction's values from bench.fixture (built by bench.ts),
-- so it costs the same round trip as the server's set_config statement. Run with -M prepared
-- (the server's connections prepare each statement once, see db/client.ts) and -D n=<fixture rows>.
\set k random(1, :n)
BEGIN;
SELECT set_config('role', 'percee_app', true), set_config('app.org_id', f.org::text, true), set_config('app.user_id', f.uid::text, true),
       f.org AS org, f.uid AS uid, coalesce(f.case_id, f.org) AS case_id, coalesce(f.pattern, '') AS pattern, coalesce(f.q, '') AS q,
       coalesce(f.from_date, '') AS from_date, coalesce(f.to_date, '') AS to_date
  FROM bench.fixture f WHERE f.scenario = 'search_worker' AND f.k = :k \gset
select "active", "role" from "users" where ("users"."organisation_id" = :org and "users"."id" = :uid);
select coalesce(string_agg(s.id::text, ','), '') AS ids from (
select "organisation_id", "id", "reference", "display_name", "address", "postal_code", "municipality", "site_id", "search_text", "address_key", "version", "created_at", "updated_at" from "households" where ("households"."organisation_id" = :org and exists (select 1 from "cases" c where c.organisation_id = :org and c.household_id = "households"."id"
    and (c.primary_worker_id = :uid or exists (select 1 from "case_co_workers" w
      where w.organisation_id = :org and w.case_id = c.id and w.user_id = :uid))) and "households"."id" = any(array(select app.household_search_ids(array[:q]::text[])))) order by "households"."display_name" asc, "households"."id" asc limit 51
) s \gset
select "household_id", count(*)::int from "persons" where ("persons"."organisation_id" = :org and "persons"."household_id" = any(string_to_array(:ids, ',')::uuid[])) group by "persons"."household_id";
select "household_id", count(*)::int from "cases" where ("cases"."organisation_id" = :org and "cases"."household_id" = any(string_to_array(:ids, ',')::uuid[]) and "cases"."closed_at" is null) group by "cases"."household_id";
COMMIT;
