-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "assessment_instruments_name_idx" ON "assessment_instruments" USING btree ("organisation_id","name","id");--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "cases_org_due_sort_idx" ON "cases" USING btree ("organisation_id",coalesce("contact_due_at", 'infinity'::timestamptz),"id");--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "cost_catalogue_items_list_idx" ON "cost_catalogue_items" USING btree ("organisation_id","category","code","id");--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "webhook_subscriptions_created_idx" ON "webhook_subscriptions" USING btree ("organisation_id","created_at","id");