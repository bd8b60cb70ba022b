CREATE TYPE "public"."accompaniment_type" AS ENUM('housing_keeping', 'housing_search', 'housing_access', 'masp', 'family_coaching', 'case_management', 'outreach');--> statement-breakpoint
CREATE TYPE "public"."aid_kind" AS ENUM('medical_care', 'housing', 'food', 'clothing', 'mobility', 'water', 'energy', 'other');--> statement-breakpoint
CREATE TYPE "public"."aid_nature" AS ENUM('material', 'financial', 'social');--> statement-breakpoint
CREATE TYPE "public"."case_stage" AS ENUM('intake', 'assessment', 'planning', 'monitoring', 'evaluation', 'exit');--> statement-breakpoint
CREATE TYPE "public"."closure_reason" AS ENUM('goals_reached', 'refused_or_disengaged', 'never_reached', 'not_admitted', 'moved_away', 'transferred', 'other');--> statement-breakpoint
CREATE TYPE "public"."contact_type" AS ENUM('home_visit', 'office', 'phone', 'video', 'street_outreach', 'with_partner');--> statement-breakpoint
CREATE TYPE "public"."decline_reason" AS ENUM('no_real_request', 'not_eligible', 'out_of_territory', 'capacity_full', 'duplicate', 'other');--> statement-breakpoint
CREATE TYPE "public"."household_role" AS ENUM('applicant', 'partner', 'child', 'other_adult', 'other');--> statement-breakpoint
CREATE TYPE "public"."inquiry_channel" AS ENUM('phone', 'walk_in', 'email');--> statement-breakpoint
CREATE TYPE "public"."inquiry_outcome" AS ENUM('information_given', 'routed_to_service', 'referral_created');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('municipality', 'social_office', 'association');--> statement-breakpoint
CREATE TYPE "public"."problem_domain" AS ENUM('debt', 'addiction', 'unemployment', 'domestic_violence', 'mental_health', 'physical_health', 'justice', 'housing', 'education', 'parenting', 'social_isolation', 'administration');--> statement-breakpoint
CREATE TYPE "public"."program_method" AS ENUM('breakthrough', 'case_management', 'housing_support_asll', 'budget_support_masp', 'outreach');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('new', 'accepted', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."residence_status" AS ENUM('citizen', 'permit', 'eu_citizen', 'asylum_seeker', 'undocumented', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."severity" AS ENUM('low', 'medium', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."site_kind" AS ENUM('head_office', 'antenna');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'coordinator', 'case_worker', 'partner', 'analyst');--> statement-breakpoint
CREATE TABLE "aid_grants" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "aid_kind" NOT NULL,
	"nature" "aid_nature" NOT NULL,
	"amount_cents" bigint,
	"granted_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aid_grants_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_instruments" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"domains" jsonb NOT NULL,
	"levels" jsonb NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_instruments_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "assessment_scores_organisation_id_assessment_id_domain_pk" PRIMARY KEY("organisation_id","assessment_id","domain")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"assessed_at" timestamp(3) with time zone NOT NULL,
	"stage" "case_stage" NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"organisation_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"occurred_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"changes" jsonb,
	"request_id" text,
	CONSTRAINT "audit_log_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_co_workers" (
	"organisation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "case_co_workers_organisation_id_case_id_user_id_pk" PRIMARY KEY("organisation_id","case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"organisation_id" uuid NOT NULL,
	"id" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"summary" text NOT NULL,
	"note" text,
	CONSTRAINT "case_events_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"referral_id" uuid,
	"primary_worker_id" uuid NOT NULL,
	"accompaniment_type" "accompaniment_type" NOT NULL,
	"stage" "case_stage" DEFAULT 'intake' NOT NULL,
	"opened_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp(3) with time zone,
	"closure_reason" "closure_reason",
	"last_contact_at" timestamp(3) with time zone,
	"next_planned_contact_at" timestamp(3) with time zone,
	"contact_due_at" timestamp(3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"occurred_at" timestamp(3) with time zone NOT NULL,
	"type" "contact_type" NOT NULL,
	"duration_minutes" integer,
	"participants" text,
	"notes" text,
	"next_planned_at" timestamp(3) with time zone,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "household_problems" (
	"organisation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"domain" "problem_domain" NOT NULL,
	"severity" "severity" NOT NULL,
	"since" date,
	"note" text,
	CONSTRAINT "household_problems_organisation_id_household_id_domain_pk" PRIMARY KEY("organisation_id","household_id","domain")
);
--> statement-breakpoint
CREATE TABLE "households" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"display_name" text NOT NULL,
	"address" text,
	"postal_code" text,
	"municipality" text,
	"site_id" uuid,
	"search_text" text DEFAULT '' NOT NULL,
	"address_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "inquiries" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"channel" "inquiry_channel" NOT NULL,
	"topic" text NOT NULL,
	"outcome" "inquiry_outcome" NOT NULL,
	"routed_to" text,
	"referral_id" uuid,
	"site_id" uuid,
	"received_at" timestamp(3) with time zone NOT NULL,
	"handled_by" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inquiries_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"name_key" text NOT NULL,
	"birth_date" date,
	"role" "household_role" NOT NULL,
	"residence_status" "residence_status" DEFAULT 'unknown' NOT NULL,
	"phone" text,
	"email" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"method" "program_method" NOT NULL,
	"caseload_limit" integer NOT NULL,
	"contact_interval_days" integer NOT NULL,
	"expected_duration_months" integer,
	"accompaniment_types" "accompaniment_type"[] NOT NULL,
	"eligibility_checklist" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programs_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"status" "referral_status" DEFAULT 'new' NOT NULL,
	"referrer_service" text NOT NULL,
	"referrer_contact" text,
	"reason" text NOT NULL,
	"person_agreed" boolean NOT NULL,
	"program_id" uuid,
	"household_id" uuid NOT NULL,
	"created_by" uuid,
	"received_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp(3) with time zone,
	"decided_by" uuid,
	"decline_reason" "decline_reason",
	"decision_note" text,
	"case_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp(3) with time zone NOT NULL,
	"used_at" timestamp(3) with time zone,
	"revoked_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refresh_tokens_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "site_kind" NOT NULL,
	"address" text,
	"municipality" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sites_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "system_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"site_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "aid_grants" ADD CONSTRAINT "aid_grants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_grants" ADD CONSTRAINT "aid_grants_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_instruments" ADD CONSTRAINT "assessment_instruments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_organisation_id_assessment_id_assessments_organisation_id_id_fk" FOREIGN KEY ("organisation_id","assessment_id") REFERENCES "public"."assessments"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_instrument_id_assessment_instruments_organisation_id_id_fk" FOREIGN KEY ("organisation_id","instrument_id") REFERENCES "public"."assessment_instruments"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_co_workers" ADD CONSTRAINT "case_co_workers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_co_workers" ADD CONSTRAINT "case_co_workers_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_co_workers" ADD CONSTRAINT "case_co_workers_organisation_id_user_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","user_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_household_id_households_organisation_id_id_fk" FOREIGN KEY ("organisation_id","household_id") REFERENCES "public"."households"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_program_id_programs_organisation_id_id_fk" FOREIGN KEY ("organisation_id","program_id") REFERENCES "public"."programs"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_primary_worker_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","primary_worker_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_problems" ADD CONSTRAINT "household_problems_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_problems" ADD CONSTRAINT "household_problems_organisation_id_household_id_households_organisation_id_id_fk" FOREIGN KEY ("organisation_id","household_id") REFERENCES "public"."households"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_organisation_id_site_id_sites_organisation_id_id_fk" FOREIGN KEY ("organisation_id","site_id") REFERENCES "public"."sites"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_organisation_id_referral_id_referrals_organisation_id_id_fk" FOREIGN KEY ("organisation_id","referral_id") REFERENCES "public"."referrals"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_organisation_id_site_id_sites_organisation_id_id_fk" FOREIGN KEY ("organisation_id","site_id") REFERENCES "public"."sites"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_organisation_id_household_id_households_organisation_id_id_fk" FOREIGN KEY ("organisation_id","household_id") REFERENCES "public"."households"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organisation_id_household_id_households_organisation_id_id_fk" FOREIGN KEY ("organisation_id","household_id") REFERENCES "public"."households"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organisation_id_program_id_programs_organisation_id_id_fk" FOREIGN KEY ("organisation_id","program_id") REFERENCES "public"."programs"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_organisation_id_user_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","user_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_site_id_sites_organisation_id_id_fk" FOREIGN KEY ("organisation_id","site_id") REFERENCES "public"."sites"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aid_grants_case_idx" ON "aid_grants" USING btree ("organisation_id","case_id","granted_on");--> statement-breakpoint
CREATE INDEX "aid_grants_org_date_idx" ON "aid_grants" USING btree ("organisation_id","granted_on");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_instruments_code_key" ON "assessment_instruments" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE INDEX "assessments_case_idx" ON "assessments" USING btree ("organisation_id","case_id","assessed_at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("organisation_id","entity_type","entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_time_idx" ON "audit_log" USING btree ("organisation_id","occurred_at");--> statement-breakpoint
CREATE INDEX "case_co_workers_user_idx" ON "case_co_workers" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("organisation_id","case_id","at");--> statement-breakpoint
CREATE INDEX "cases_worker_due_idx" ON "cases" USING btree ("organisation_id","primary_worker_id","contact_due_at","id");--> statement-breakpoint
CREATE INDEX "cases_org_due_idx" ON "cases" USING btree ("organisation_id","contact_due_at","id");--> statement-breakpoint
CREATE INDEX "cases_org_stage_idx" ON "cases" USING btree ("organisation_id","stage","id");--> statement-breakpoint
CREATE INDEX "cases_org_updated_idx" ON "cases" USING btree ("organisation_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "cases_org_opened_idx" ON "cases" USING btree ("organisation_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "cases_household_idx" ON "cases" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE INDEX "cases_program_idx" ON "cases" USING btree ("organisation_id","program_id");--> statement-breakpoint
CREATE INDEX "contacts_case_idx" ON "contacts" USING btree ("organisation_id","case_id","occurred_at");--> statement-breakpoint
CREATE INDEX "contacts_org_time_idx" ON "contacts" USING btree ("organisation_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "households_org_reference_key" ON "households" USING btree ("organisation_id","reference");--> statement-breakpoint
CREATE INDEX "households_org_updated_idx" ON "households" USING btree ("organisation_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "households_org_name_idx" ON "households" USING btree ("organisation_id","display_name","id");--> statement-breakpoint
CREATE INDEX "households_org_address_idx" ON "households" USING btree ("organisation_id","address_key");--> statement-breakpoint
CREATE INDEX "inquiries_org_time_idx" ON "inquiries" USING btree ("organisation_id","received_at","id");--> statement-breakpoint
CREATE INDEX "persons_household_idx" ON "persons" USING btree ("organisation_id","household_id");--> statement-breakpoint
CREATE INDEX "persons_name_key_idx" ON "persons" USING btree ("organisation_id","name_key","birth_date");--> statement-breakpoint
CREATE INDEX "programs_org_name_idx" ON "programs" USING btree ("organisation_id","name","id");--> statement-breakpoint
CREATE INDEX "referrals_org_status_idx" ON "referrals" USING btree ("organisation_id","status","received_at","id");--> statement-breakpoint
CREATE INDEX "referrals_org_updated_idx" ON "referrals" USING btree ("organisation_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "referrals_org_creator_idx" ON "referrals" USING btree ("organisation_id","created_by","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "refresh_tokens_hash_key" ON "refresh_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_idx" ON "refresh_tokens" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" USING btree ("organisation_id","family_id");--> statement-breakpoint
CREATE INDEX "sites_org_name_idx" ON "sites" USING btree ("organisation_id","name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_org_name_idx" ON "users" USING btree ("organisation_id","display_name","id");