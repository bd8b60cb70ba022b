CREATE TYPE "public"."breakthrough_category" AS ENUM('new_housing', 'eviction_prevention', 'benefit_acceleration', 'school_supplies', 'transport', 'debt_settlement', 'care_access', 'other');--> statement-breakpoint
CREATE TYPE "public"."breakthrough_status" AS ENUM('proposed', 'approved', 'in_progress', 'achieved', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."cost_category" AS ENUM('housing', 'youth_care', 'justice', 'health', 'income', 'education', 'other');--> statement-breakpoint
CREATE TYPE "public"."cost_unit" AS ENUM('event', 'day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('draft', 'active', 'completed');--> statement-breakpoint
CREATE TYPE "public"."scenario_kind" AS ENUM('without', 'with');--> statement-breakpoint
CREATE TABLE "breakthrough_plan_versions" (
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"status" "plan_status" NOT NULL,
	"goals" jsonb NOT NULL,
	"deadlocks" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breakthrough_plan_versions_organisation_id_plan_id_version_pk" PRIMARY KEY("organisation_id","plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "breakthrough_plans" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" "plan_status" DEFAULT 'draft' NOT NULL,
	"goals" jsonb NOT NULL,
	"deadlocks" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"activated_at" timestamp(3) with time zone,
	"completed_at" timestamp(3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breakthrough_plans_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "breakthrough_scenario_lines" (
	"organisation_id" uuid NOT NULL,
	"breakthrough_id" uuid NOT NULL,
	"scenario" "scenario_kind" NOT NULL,
	"position" integer NOT NULL,
	"catalogue_item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"probability_percent" integer NOT NULL,
	"expected_unit_price_cents" bigint NOT NULL,
	"realised_unit_price_cents" bigint,
	CONSTRAINT "breakthrough_scenario_lines_organisation_id_breakthrough_id_scenario_position_pk" PRIMARY KEY("organisation_id","breakthrough_id","scenario","position"),
	CONSTRAINT "breakthrough_scenario_lines_quantity_check" CHECK ("breakthrough_scenario_lines"."quantity" >= 0),
	CONSTRAINT "breakthrough_scenario_lines_probability_check" CHECK ("breakthrough_scenario_lines"."probability_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "breakthroughs" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"domain" "problem_domain" NOT NULL,
	"category" "breakthrough_category" NOT NULL,
	"responsible" text NOT NULL,
	"intervention_cents" bigint DEFAULT 0 NOT NULL,
	"due_date" date,
	"needs_approval" boolean NOT NULL,
	"status" "breakthrough_status" DEFAULT 'proposed' NOT NULL,
	"horizon_months" integer DEFAULT 12 NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"proposed_on" date NOT NULL,
	"decision_outcome" text,
	"decided_by" uuid,
	"decided_at" timestamp(3) with time zone,
	"decision_comment" text,
	"started_at" timestamp(3) with time zone,
	"achieved_on" date,
	"abandoned_at" timestamp(3) with time zone,
	"abandon_reason" text,
	"expected_without_cents" bigint DEFAULT 0 NOT NULL,
	"expected_with_cents" bigint DEFAULT 0 NOT NULL,
	"expected_gross_cents" bigint DEFAULT 0 NOT NULL,
	"expected_net_cents" bigint DEFAULT 0 NOT NULL,
	"realised_without_cents" bigint,
	"realised_with_cents" bigint,
	"realised_gross_cents" bigint,
	"realised_net_cents" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "breakthroughs_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "breakthroughs_horizon_check" CHECK ("breakthroughs"."horizon_months" between 1 and 36),
	CONSTRAINT "breakthroughs_intervention_check" CHECK ("breakthroughs"."intervention_cents" >= 0),
	CONSTRAINT "breakthroughs_realised_check" CHECK (("breakthroughs"."status" = 'achieved') = ("breakthroughs"."achieved_on" is not null and "breakthroughs"."realised_gross_cents" is not null))
);
--> statement-breakpoint
CREATE TABLE "cost_catalogue_items" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"category" "cost_category" NOT NULL,
	"unit" "cost_unit" NOT NULL,
	"source_note" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"to_review" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_catalogue_items_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "cost_prices" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_prices_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "cost_prices_price_check" CHECK ("cost_prices"."unit_price_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "breakthrough_plan_versions" ADD CONSTRAINT "breakthrough_plan_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthrough_plan_versions" ADD CONSTRAINT "breakthrough_plan_versions_organisation_id_plan_id_breakthrough_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."breakthrough_plans"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthrough_plans" ADD CONSTRAINT "breakthrough_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthrough_plans" ADD CONSTRAINT "breakthrough_plans_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthrough_plans" ADD CONSTRAINT "breakthrough_plans_organisation_id_created_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","created_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthrough_scenario_lines" ADD CONSTRAINT "breakthrough_scenario_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthrough_scenario_lines" ADD CONSTRAINT "breakthrough_scenario_lines_organisation_id_breakthrough_id_breakthroughs_organisation_id_id_fk" FOREIGN KEY ("organisation_id","breakthrough_id") REFERENCES "public"."breakthroughs"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthrough_scenario_lines" ADD CONSTRAINT "breakthrough_scenario_lines_organisation_id_catalogue_item_id_cost_catalogue_items_organisation_id_id_fk" FOREIGN KEY ("organisation_id","catalogue_item_id") REFERENCES "public"."cost_catalogue_items"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthroughs" ADD CONSTRAINT "breakthroughs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthroughs" ADD CONSTRAINT "breakthroughs_organisation_id_plan_id_breakthrough_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."breakthrough_plans"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthroughs" ADD CONSTRAINT "breakthroughs_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthroughs" ADD CONSTRAINT "breakthroughs_organisation_id_proposed_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","proposed_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakthroughs" ADD CONSTRAINT "breakthroughs_organisation_id_decided_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","decided_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_catalogue_items" ADD CONSTRAINT "cost_catalogue_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_prices" ADD CONSTRAINT "cost_prices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_prices" ADD CONSTRAINT "cost_prices_organisation_id_item_id_cost_catalogue_items_organisation_id_id_fk" FOREIGN KEY ("organisation_id","item_id") REFERENCES "public"."cost_catalogue_items"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_prices" ADD CONSTRAINT "cost_prices_organisation_id_created_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","created_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "breakthrough_plans_case_key" ON "breakthrough_plans" USING btree ("organisation_id","case_id");--> statement-breakpoint
CREATE INDEX "breakthrough_scenario_lines_item_idx" ON "breakthrough_scenario_lines" USING btree ("organisation_id","catalogue_item_id");--> statement-breakpoint
CREATE INDEX "breakthroughs_case_idx" ON "breakthroughs" USING btree ("organisation_id","case_id","proposed_at");--> statement-breakpoint
CREATE INDEX "breakthroughs_plan_idx" ON "breakthroughs" USING btree ("organisation_id","plan_id");--> statement-breakpoint
CREATE INDEX "breakthroughs_achieved_idx" ON "breakthroughs" USING btree ("organisation_id","status","achieved_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cost_catalogue_items_code_key" ON "cost_catalogue_items" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "cost_prices_item_date_key" ON "cost_prices" USING btree ("organisation_id","item_id","valid_from");