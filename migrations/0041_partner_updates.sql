CREATE TABLE "partner_updates" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_service_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"done" text NOT NULL,
	"next_step" text,
	"next_date" date,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_updates_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "partner_updates_done_length" CHECK (char_length("partner_updates"."done") between 1 and 1000),
	CONSTRAINT "partner_updates_next_step_length" CHECK (char_length("partner_updates"."next_step") <= 500)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "work_phone" text;--> statement-breakpoint
ALTER TABLE "partner_updates" ADD CONSTRAINT "partner_updates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_updates" ADD CONSTRAINT "partner_updates_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_updates" ADD CONSTRAINT "partner_updates_organisation_id_partner_service_id_partner_services_organisation_id_id_fk" FOREIGN KEY ("organisation_id","partner_service_id") REFERENCES "public"."partner_services"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_updates" ADD CONSTRAINT "partner_updates_organisation_id_author_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","author_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partner_updates_case_idx" ON "partner_updates" USING btree ("organisation_id","case_id","created_at","id");