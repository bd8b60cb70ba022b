-- Objectives (issue 18.1): the tenant policy of every table (0001_security.sql), forced.
ALTER TABLE objectives ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE objectives FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON objectives USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
ALTER TABLE objective_evaluations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE objective_evaluations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON objective_evaluations USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
ALTER TABLE objective_outcomes ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE objective_outcomes FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON objective_outcomes USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
-- Never deleted: an objective ends reached or not reached, an evaluation is a record of what was said.
GRANT SELECT, INSERT, UPDATE ON objectives TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT ON objective_evaluations TO percee_app;--> statement-breakpoint
-- Notes only, for the retention job's pseudonymisation (modules/retention/repo.ts).
GRANT UPDATE (note) ON objective_evaluations TO percee_app;--> statement-breakpoint
GRANT SELECT, INSERT ON objective_outcomes TO percee_app;--> statement-breakpoint
GRANT UPDATE (note) ON objective_outcomes TO percee_app;
