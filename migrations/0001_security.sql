-- Row-level security and the application role. Hand-written: drizzle-kit does not emit policies.
-- The application runs every request as `percee_app` (SET LOCAL ROLE in its transaction): a role
-- that owns nothing, is no superuser and has no BYPASSRLS, so the policies below always apply.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'percee_app') THEN
    CREATE ROLE percee_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;--> statement-breakpoint
GRANT percee_app TO CURRENT_USER;--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS app;--> statement-breakpoint
GRANT USAGE ON SCHEMA app TO percee_app;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO percee_app;--> statement-breakpoint
-- The tenant of the current transaction, set by the server with set_config('app.org_id', ..., true).
-- NULL when unset, so a query without a tenant matches no row.
CREATE OR REPLACE FUNCTION app.current_org_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION app.setting(name text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting(name, true), '') $$;--> statement-breakpoint
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO percee_app;--> statement-breakpoint

ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE organisations FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON organisations
  USING (id = app.current_org_id()) WITH CHECK (id = app.current_org_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON organisations TO percee_app;--> statement-breakpoint

ALTER TABLE sites ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE sites FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON sites
  USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON sites TO percee_app;--> statement-breakpoint

ALTER TABLE users ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE users FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON users
  USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
-- Sign-in happens before the tenant is known: only the one account whose e-mail is being
-- signed in with becomes readable, for that transaction.
CREATE POLICY sign_in_lookup ON users FOR SELECT
  USING (email = app.setting('app.sign_in_email'));--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON users TO percee_app;--> statement-breakpoint

ALTER TABLE refresh_tokens ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE refresh_tokens FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON refresh_tokens
  USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
-- Refreshing happens before the tenant is known: whoever holds the token may find its row.
CREATE POLICY refresh_lookup ON refresh_tokens FOR SELECT
  USING (token_hash = app.setting('app.refresh_token_hash'));--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON refresh_tokens TO percee_app;--> statement-breakpoint

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_log
  USING (organisation_id = app.current_org_id()) WITH CHECK (organisation_id = app.current_org_id());--> statement-breakpoint
-- Append-only for the application: no UPDATE, no DELETE.
GRANT SELECT, INSERT ON audit_log TO percee_app;--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_id_seq TO percee_app;
--> statement-breakpoint
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
