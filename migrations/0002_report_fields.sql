ALTER TABLE "cases" ADD COLUMN "accompaniment_started_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "exited_from_stage" "case_stage";--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "cases_org_closed_idx" ON "cases" USING btree ("organisation_id","closed_at");--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "cases_org_accompaniment_idx" ON "cases" USING btree ("organisation_id","accompaniment_started_at");