-- Report snapshots: the tenant policy of every table (0001_security.sql); the application computes,
-- reads and replaces them; housekeeping deletes the stale ones across organisations.
ALTER TABLE report_snapshots ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE report_snapshots FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON report_snapshots USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON report_snapshots TO percee_app;--> statement-breakpoint
GRANT SELECT (organisation_id, kind, params_key, computed_at), DELETE ON report_snapshots TO percee_maintenance;--> statement-breakpoint
CREATE POLICY maintenance ON report_snapshots TO percee_maintenance USING (true);
