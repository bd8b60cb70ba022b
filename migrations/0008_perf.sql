DROP INDEX "contacts_org_time_idx";--> statement-breakpoint
CREATE INDEX "contacts_org_time_cover_idx" ON "contacts" USING btree ("organisation_id","occurred_at","case_id","type","id");--> statement-breakpoint
CREATE INDEX "households_org_search_trgm_idx" ON "households" USING gin ("organisation_id","search_text" gin_trgm_ops);