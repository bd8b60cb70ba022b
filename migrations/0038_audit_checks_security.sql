-- The last audit chain check per organisation (issue 25): the tenant policy of every table
-- (0001_security.sql). A check is written by the one who walked the chain, inside its tenant; the
-- metrics endpoint reads every organisation's row as the connecting role (migration owner).
ALTER TABLE audit_chain_checks ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE audit_chain_checks FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_chain_checks USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
-- Overwritten by each check, never deleted.
GRANT SELECT, INSERT, UPDATE ON audit_chain_checks TO percee_app;
