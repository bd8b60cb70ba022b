-- Import jobs (issue 15): the tenant policy of every table (0001_security.sql). The in-process runner
-- finds queued and abandoned jobs across organisations with `app.worker = 'imports'` (their ids only,
-- like the webhook delivery queue in 0006), then works on each inside its tenant.
ALTER TABLE import_jobs ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE import_jobs FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON import_jobs USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
CREATE POLICY import_queue ON import_jobs FOR SELECT
  USING (app.setting('app.worker') = 'imports' AND status IN ('queued', 'running'));--> statement-breakpoint
ALTER TABLE import_job_rows ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE import_job_rows FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON import_job_rows USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON import_jobs TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON import_job_rows TO percee_app;
