-- Row-level security for the case-work tables (same tenant policy as 0001_security.sql).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'programs', 'households', 'persons', 'household_problems', 'referrals', 'cases', 'case_co_workers',
    'case_events', 'contacts', 'assessment_instruments', 'assessments', 'assessment_scores', 'aid_grants', 'inquiries'
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
-- The timeline is history: insert and read only.
REVOKE UPDATE, DELETE ON case_events FROM percee_app;--> statement-breakpoint
GRANT USAGE ON SEQUENCE case_events_id_seq TO percee_app;
