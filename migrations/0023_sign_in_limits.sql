-- Failed credential attempts (sign-in password and code steps, the OAuth token endpoint), counted where
-- every server process sees them (docs/scaling.md). Reached before any organisation is known, so the
-- table is global, like system_state: it has no tenant key and holds nothing of a tenant. A row is a
-- keyed hash (HMAC-SHA256 under a key derived from SECRETS_KEY) of a scope and an account, an address or
-- both, a count and the end of its window: no e-mail, client id or address in clear, and nothing that
-- can be turned back into one without the key. It lives in the `app` schema, beside the security
-- functions, and is owned by the migration role. The application role may count (SELECT, INSERT,
-- UPDATE: an upsert and its RETURNING) but not delete; housekeeping (percee_maintenance) deletes rows
-- whose window has ended. Row-level security is forced with one policy per role, so any other role
-- that is ever granted the table still sees nothing.
CREATE TABLE app.credential_attempts (
	key_hash text PRIMARY KEY,
	failures integer NOT NULL,
	window_ends_at timestamp with time zone NOT NULL
);--> statement-breakpoint
CREATE INDEX credential_attempts_window_idx ON app.credential_attempts (window_ends_at);--> statement-breakpoint
ALTER TABLE app.credential_attempts ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE app.credential_attempts FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY limiter ON app.credential_attempts TO percee_app USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY maintenance ON app.credential_attempts TO percee_maintenance USING (true);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON app.credential_attempts TO percee_app;--> statement-breakpoint
GRANT SELECT (window_ends_at), DELETE ON app.credential_attempts TO percee_maintenance;
