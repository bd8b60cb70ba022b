CREATE INDEX "assessment_instruments_name_idx" ON "assessment_instruments" USING btree ("organisation_id","name","id");--> statement-breakpoint
CREATE INDEX "cases_org_due_sort_idx" ON "cases" USING btree ("organisation_id",coalesce("contact_due_at", 'infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "cost_catalogue_items_list_idx" ON "cost_catalogue_items" USING btree ("organisation_id","category","code","id");--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_created_idx" ON "webhook_subscriptions" USING btree ("organisation_id","created_at","id");