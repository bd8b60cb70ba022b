CREATE TABLE "record_revisions" (
	"organisation_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"case_id" uuid,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"data" jsonb NOT NULL,
	"reason" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_revisions_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "case_reopen_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "corrected_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "voided_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "corrected_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "voided_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "corrected_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "voided_at" timestamp(3) with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "voided_by" uuid;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "void_reason" text;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD CONSTRAINT "record_revisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_revisions" ADD CONSTRAINT "record_revisions_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "record_revisions_entity_version_idx" ON "record_revisions" USING btree ("organisation_id","entity_type","entity_id","version");--> statement-breakpoint
CREATE INDEX "record_revisions_case_idx" ON "record_revisions" USING btree ("organisation_id","case_id");--> statement-breakpoint
-- organisations holds one row per organisation: the check scans a handful of rows.
-- squawk-ignore constraint-missing-not-valid
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_case_reopen_days_check" CHECK ("organisations"."case_reopen_days" between 0 and 3650);