-- One row per background job of the server (webhook delivery, housekeeping, retention, TOTP resealing…):
-- when it is next due and who runs it now, so that with several server processes on one database each
-- due run happens once (server/src/platform/jobs.ts, docs/decisions/0014-job-runner.md). A process
-- claims a due job with one conditional upsert (due, and no unexpired lease), renews the lease while it
-- runs, and on finishing sets the next due time and frees it; a process that dies leaves a lease that
-- simply runs out, and another takes over. Like app.credential_attempts (migration 0023) it is global:
-- no tenant key, nothing of a tenant (job names, an opaque process token, times). It lives in the `app`
-- schema and is owned by the migration role. The application role may read, claim and release (SELECT,
-- INSERT, UPDATE) but not delete; row-level security is forced with one policy for that role, so any
-- other role that is ever granted the table still sees nothing.
CREATE TABLE app.job_leases (
	name text PRIMARY KEY,
	next_run_at timestamp with time zone NOT NULL,
	holder uuid,
	lease_until timestamp with time zone,
	last_started_at timestamp with time zone,
	last_finished_at timestamp with time zone,
	last_error text
);--> statement-breakpoint
ALTER TABLE app.job_leases ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE app.job_leases FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY runner ON app.job_leases TO percee_app USING (true) WITH CHECK (true);--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON app.job_leases TO percee_app;
