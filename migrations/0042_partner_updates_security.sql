-- Partner updates (issue 18.7). Tenant policy as every table (0001_security.sql). The application inserts
-- and reads; its one update is retention clearing the text of a pseudonymised household's updates.
-- Never a delete.
ALTER TABLE partner_updates ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE partner_updates FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON partner_updates USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE (done, next_step, next_date) ON partner_updates TO percee_app;
