-- Shipped before the migration linter (decision 17): dropped in the migrator's transaction, replaced by the index below in the same one.
-- squawk-ignore require-concurrent-index-deletion
DROP INDEX "contacts_org_time_idx";--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "contacts_org_time_cover_idx" ON "contacts" USING btree ("organisation_id","occurred_at","case_id","type","id");--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "households_org_search_trgm_idx" ON "households" USING gin ("organisation_id","search_text" gin_trgm_ops);