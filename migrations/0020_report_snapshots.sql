CREATE TABLE "report_snapshots" (
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params_key" text NOT NULL,
	"figures" jsonb NOT NULL,
	"computed_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_snapshots_organisation_id_kind_params_key_pk" PRIMARY KEY("organisation_id","kind","params_key")
);
--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_snapshots_age_idx" ON "report_snapshots" USING btree ("organisation_id","computed_at");--> statement-breakpoint
-- Shipped before the migration linter (decision 17): already applied wherever Percée runs; built in the migrator's transaction, where CONCURRENTLY cannot run, so writes to the table waited while it was built.
-- squawk-ignore require-concurrent-index-creation
CREATE INDEX "events_org_time_idx" ON "events" USING btree ("organisation_id","occurred_at");