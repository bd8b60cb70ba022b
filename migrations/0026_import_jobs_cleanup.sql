-- Housekeeping deletes import jobs (and, by the foreign key's cascade, their row outcomes) that ended
-- more than IMPORT_JOB_RETENTION_DAYS ago, across organisations; it reads no row content.
GRANT SELECT (organisation_id, id, status, finished_at), DELETE ON import_jobs TO percee_maintenance;--> statement-breakpoint
CREATE POLICY maintenance ON import_jobs TO percee_maintenance USING (status IN ('succeeded', 'failed', 'cancelled'));
