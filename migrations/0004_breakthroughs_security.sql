-- Row-level security for the breakthrough tables (same tenant policy as 0001_security.sql).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'cost_catalogue_items', 'cost_prices', 'breakthrough_plans', 'breakthrough_plan_versions', 'breakthroughs',
    'breakthrough_scenario_lines'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id())',
      t
    );
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO percee_app', t);
  END LOOP;
END
$$;--> statement-breakpoint
-- History: insert and read only. A price is never updated (a new one is added from a date), and a
-- plan version is an immutable snapshot.
REVOKE UPDATE, DELETE ON cost_prices FROM percee_app;--> statement-breakpoint
REVOKE UPDATE, DELETE ON breakthrough_plan_versions FROM percee_app;--> statement-breakpoint
-- Catalogue items, plans and breakthroughs are deactivated or closed, never deleted.
REVOKE DELETE ON cost_catalogue_items FROM percee_app;--> statement-breakpoint
REVOKE DELETE ON breakthrough_plans FROM percee_app;--> statement-breakpoint
REVOKE DELETE ON breakthroughs FROM percee_app;
