CREATE TABLE "tasks" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	"case_id" uuid,
	"due_at" timestamp(3) with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"rule_key" text,
	"closed_at" timestamp(3) with time zone,
	"closed_by" uuid,
	"closed_automatically" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "tasks_status_check" CHECK ("tasks"."status" in ('open', 'done', 'cancelled')),
	CONSTRAINT "tasks_manual_title_check" CHECK (("tasks"."kind" = 'manual') = ("tasks"."title" is not null and "tasks"."rule_key" is null)),
	CONSTRAINT "tasks_closed_check" CHECK (("tasks"."status" = 'open') = ("tasks"."closed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"case_id" uuid,
	"subject_id" uuid,
	"actor_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp(3) with time zone,
	CONSTRAINT "notifications_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organisation_id_owner_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","owner_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organisation_id_created_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","created_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organisation_id_closed_by_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","closed_by") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_user_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","user_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_actor_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","actor_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_owner_due_idx" ON "tasks" USING btree ("organisation_id","owner_id","status","due_at","id");--> statement-breakpoint
CREATE INDEX "tasks_org_due_idx" ON "tasks" USING btree ("organisation_id","status","due_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_rule_key_idx" ON "tasks" USING btree ("organisation_id","rule_key");--> statement-breakpoint
CREATE INDEX "tasks_open_rule_idx" ON "tasks" USING btree ("organisation_id","kind") WHERE "tasks"."status" = 'open' and "tasks"."rule_key" is not null;--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("organisation_id","user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("organisation_id","user_id") WHERE "notifications"."read_at" is null;