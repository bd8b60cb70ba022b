CREATE TYPE "public"."consent_purpose" AS ENUM('case_support', 'information_sharing', 'referral');--> statement-breakpoint
CREATE TYPE "public"."legal_basis" AS ENUM('consent', 'legal_obligation', 'public_task', 'vital_interests', 'contract', 'legitimate_interest');--> statement-breakpoint
CREATE TABLE "case_involvements" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_service_id" uuid NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"note" text,
	"started_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"started_by" uuid,
	"ended_at" timestamp(3) with time zone,
	"ended_by" uuid,
	"end_reason" text,
	CONSTRAINT "case_involvements_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"partner_service_id" uuid NOT NULL,
	"legal_basis" "legal_basis" NOT NULL,
	"granted_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp(3) with time zone,
	"withdrawn_at" timestamp(3) with time zone,
	"withdrawal_reason" text,
	"withdrawn_by" uuid,
	"recorded_by" uuid,
	"evidence_note" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "consents_expiry_after_grant" CHECK ("consents"."expires_at" is null or "consents"."expires_at" > "consents"."granted_at"),
	CONSTRAINT "consents_withdrawal_reason" CHECK (("consents"."withdrawn_at" is null) = ("consents"."withdrawal_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "partner_services" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_services_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "partner_service_id" uuid;--> statement-breakpoint
ALTER TABLE "case_involvements" ADD CONSTRAINT "case_involvements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_involvements" ADD CONSTRAINT "case_involvements_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_involvements" ADD CONSTRAINT "case_involvements_organisation_id_partner_service_id_partner_services_organisation_id_id_fk" FOREIGN KEY ("organisation_id","partner_service_id") REFERENCES "public"."partner_services"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_involvements" ADD CONSTRAINT "case_involvements_organisation_id_started_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","started_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_involvements" ADD CONSTRAINT "case_involvements_organisation_id_ended_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","ended_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_household_id_households_organisation_id_id_fk" FOREIGN KEY ("organisation_id","household_id") REFERENCES "public"."households"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_person_id_persons_organisation_id_id_fk" FOREIGN KEY ("organisation_id","person_id") REFERENCES "public"."persons"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_partner_service_id_partner_services_organisation_id_id_fk" FOREIGN KEY ("organisation_id","partner_service_id") REFERENCES "public"."partner_services"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_recorded_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","recorded_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_organisation_id_withdrawn_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","withdrawn_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_services" ADD CONSTRAINT "partner_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_involvements_case_idx" ON "case_involvements" USING btree ("organisation_id","case_id");--> statement-breakpoint
CREATE INDEX "case_involvements_service_idx" ON "case_involvements" USING btree ("organisation_id","partner_service_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_involvements_active_key" ON "case_involvements" USING btree ("organisation_id","case_id","partner_service_id","purpose") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "consents_household_idx" ON "consents" USING btree ("organisation_id","household_id","granted_at");--> statement-breakpoint
CREATE INDEX "consents_service_purpose_idx" ON "consents" USING btree ("organisation_id","partner_service_id","purpose","household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_services_org_name_key" ON "partner_services" USING btree ("organisation_id","name");--> statement-breakpoint
-- Shipped before the migration linter (decision 17): on users, a small table (one row per account); a check over a small table, validated at once.
-- squawk-ignore adding-foreign-key-constraint, constraint-missing-not-valid
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_partner_service_id_partner_services_organisation_id_id_fk" FOREIGN KEY ("organisation_id","partner_service_id") REFERENCES "public"."partner_services"("organisation_id","id") ON DELETE no action ON UPDATE no action;