ALTER TABLE "cases" ADD COLUMN "accompaniment_started_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "exited_from_stage" "case_stage";--> statement-breakpoint
CREATE INDEX "cases_org_closed_idx" ON "cases" USING btree ("organisation_id","closed_at");--> statement-breakpoint
CREATE INDEX "cases_org_accompaniment_idx" ON "cases" USING btree ("organisation_id","accompaniment_started_at");