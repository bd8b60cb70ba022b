CREATE TABLE "objective_evaluations" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"evaluated_at" timestamp(3) with time zone NOT NULL,
	"satisfaction" integer,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objective_evaluations_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "objective_evaluations_satisfaction_check" CHECK ("objective_evaluations"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "objective_outcomes" (
	"organisation_id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	CONSTRAINT "objective_outcomes_organisation_id_evaluation_id_objective_id_pk" PRIMARY KEY("organisation_id","evaluation_id","objective_id"),
	CONSTRAINT "objective_outcomes_outcome_check" CHECK ("objective_outcomes"."outcome" in ('reached', 'partly', 'not_reached'))
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"set_in_round" integer NOT NULL,
	"domain" text NOT NULL,
	"text" text NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"status_note" text,
	"evaluated_at" timestamp(3) with time zone,
	"breakthrough_id" uuid,
	"agreed_on" date,
	"agreement_method" text,
	"agreement_recorded_by" uuid,
	"agreement_recorded_at" timestamp(3) with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objectives_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "objectives_domain_check" CHECK ("objectives"."domain" in ('finances', 'work_education', 'time_use', 'housing', 'domestic_relations', 'mental_health', 'physical_health', 'substance_use', 'basic_adl', 'instrumental_adl', 'social_network', 'community_participation', 'justice', 'other')),
	CONSTRAINT "objectives_status_check" CHECK ("objectives"."status" in ('open', 'reached', 'partly', 'not_reached')),
	CONSTRAINT "objectives_agreement_check" CHECK (("objectives"."agreed_on" is null) = ("objectives"."agreement_method" is null) and ("objectives"."agreed_on" is null) = ("objectives"."agreement_recorded_by" is null) and ("objectives"."agreed_on" is null) = ("objectives"."agreement_recorded_at" is null)),
	CONSTRAINT "objectives_agreement_method_check" CHECK ("objectives"."agreement_method" in ('signed', 'oral')),
	CONSTRAINT "objectives_round_check" CHECK ("objectives"."round" >= "objectives"."set_in_round" and "objectives"."set_in_round" >= 1)
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "round" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "objective_evaluations" ADD CONSTRAINT "objective_evaluations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_evaluations" ADD CONSTRAINT "objective_evaluations_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_evaluations" ADD CONSTRAINT "objective_evaluations_organisation_id_recorded_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","recorded_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_outcomes" ADD CONSTRAINT "objective_outcomes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_outcomes" ADD CONSTRAINT "objective_outcomes_organisation_id_evaluation_id_objective_evaluations_organisation_id_id_fk" FOREIGN KEY ("organisation_id","evaluation_id") REFERENCES "public"."objective_evaluations"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_outcomes" ADD CONSTRAINT "objective_outcomes_organisation_id_objective_id_objectives_organisation_id_id_fk" FOREIGN KEY ("organisation_id","objective_id") REFERENCES "public"."objectives"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_organisation_id_breakthrough_id_breakthroughs_organisation_id_id_fk" FOREIGN KEY ("organisation_id","breakthrough_id") REFERENCES "public"."breakthroughs"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_organisation_id_agreement_recorded_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","agreement_recorded_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_organisation_id_created_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","created_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "objective_evaluations_case_idx" ON "objective_evaluations" USING btree ("organisation_id","case_id","evaluated_at","id");--> statement-breakpoint
CREATE INDEX "objective_evaluations_org_at_idx" ON "objective_evaluations" USING btree ("organisation_id","evaluated_at");--> statement-breakpoint
CREATE INDEX "objective_outcomes_objective_idx" ON "objective_outcomes" USING btree ("organisation_id","objective_id");--> statement-breakpoint
CREATE INDEX "objectives_case_idx" ON "objectives" USING btree ("organisation_id","case_id","created_at","id");--> statement-breakpoint
CREATE INDEX "objectives_open_due_idx" ON "objectives" USING btree ("organisation_id","case_id","due_on") WHERE "objectives"."status" in ('open', 'partly');--> statement-breakpoint
CREATE INDEX "objectives_org_open_due_idx" ON "objectives" USING btree ("organisation_id","due_on","id") WHERE "objectives"."status" in ('open', 'partly') and "objectives"."due_on" is not null;--> statement-breakpoint
CREATE INDEX "objectives_org_created_idx" ON "objectives" USING btree ("organisation_id","created_at");