-- Row-level security for the consent register and partner involvement (same tenant policy as 0001_security.sql).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['partner_services', 'consents', 'case_involvements'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id())',
      t
    );
  END LOOP;
END
$$;--> statement-breakpoint
-- Partner services are deactivated, never deleted (the register names them).
GRANT SELECT, INSERT, UPDATE ON partner_services TO percee_app;--> statement-breakpoint
-- The register is history: a line is recorded, then only its withdrawal may be written. No deletes.
GRANT SELECT, INSERT ON consents TO percee_app;--> statement-breakpoint
GRANT UPDATE (withdrawn_at, withdrawal_reason, withdrawn_by) ON consents TO percee_app;--> statement-breakpoint
-- Involvements end, they are never deleted or rewritten.
GRANT SELECT, INSERT ON case_involvements TO percee_app;--> statement-breakpoint
GRANT UPDATE (ended_at, ended_by, end_reason) ON case_involvements TO percee_app;
