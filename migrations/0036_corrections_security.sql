-- Corrections (issue 18, decision 19): the earlier versions of corrected or voided records.
-- Tenant policy as every table (0001_security.sql). The application inserts and reads; its one update
-- is retention clearing the free text of a pseudonymised household's revisions. Never a delete.
ALTER TABLE record_revisions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE record_revisions FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON record_revisions USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON record_revisions TO percee_app;--> statement-breakpoint
GRANT USAGE ON SEQUENCE record_revisions_id_seq TO percee_app;--> statement-breakpoint
-- Nothing written is deleted: a wrong contact or aid entry is voided, and stays.
REVOKE DELETE ON contacts FROM percee_app;--> statement-breakpoint
REVOKE DELETE ON aid_grants FROM percee_app;
