CREATE TABLE "appointments" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" uuid NOT NULL,
	"party" text NOT NULL,
	"case_id" uuid,
	"household_id" uuid,
	"member_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"partner_service_id" uuid,
	"place" text NOT NULL,
	"starts_at" timestamp(3) with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"note" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp(3) with time zone,
	"status_changed_by" uuid,
	"contact_id" uuid,
	"reminder_person_id" uuid,
	"reminder_channel" text,
	"reminder_language" text,
	"reminder_agreed_at" timestamp(3) with time zone,
	"reminder_agreed_by" uuid,
	"reminder_due_at" timestamp(3) with time zone,
	"reminder_sent_at" timestamp(3) with time zone,
	"reminder_attempts" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_organisation_id_id_pk" PRIMARY KEY("organisation_id","id"),
	CONSTRAINT "appointments_party_check" CHECK ("appointments"."party" in ('household', 'partner', 'alone')),
	CONSTRAINT "appointments_place_check" CHECK ("appointments"."place" in ('home_visit', 'office', 'phone', 'video', 'street')),
	CONSTRAINT "appointments_status_check" CHECK ("appointments"."status" in ('planned', 'done', 'missed', 'cancelled')),
	CONSTRAINT "appointments_duration_check" CHECK ("appointments"."duration_minutes" between 5 and 720),
	CONSTRAINT "appointments_household_case_check" CHECK ("appointments"."party" <> 'household' or "appointments"."case_id" is not null),
	CONSTRAINT "appointments_reminder_agreed_check" CHECK ("appointments"."reminder_channel" is null or ("appointments"."reminder_person_id" is not null and "appointments"."reminder_agreed_at" is not null and "appointments"."reminder_agreed_by" is not null and "appointments"."reminder_language" is not null and "appointments"."reminder_due_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"language" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_messages_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_worker_id_users_organisation_id_id_fk" FOREIGN KEY ("organisation_id","worker_id") REFERENCES "public"."users"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_case_id_cases_organisation_id_id_fk" FOREIGN KEY ("organisation_id","case_id") REFERENCES "public"."cases"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_household_id_households_organisation_id_id_fk" FOREIGN KEY ("organisation_id","household_id") REFERENCES "public"."households"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_partner_service_id_partner_services_organisation_id_id_fk" FOREIGN KEY ("organisation_id","partner_service_id") REFERENCES "public"."partner_services"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_contact_id_contacts_organisation_id_id_fk" FOREIGN KEY ("organisation_id","contact_id") REFERENCES "public"."contacts"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_reminder_person_id_persons_organisation_id_id_fk" FOREIGN KEY ("organisation_id","reminder_person_id") REFERENCES "public"."persons"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_organisation_id_appointment_id_appointments_organisation_id_id_fk" FOREIGN KEY ("organisation_id","appointment_id") REFERENCES "public"."appointments"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_worker_start_idx" ON "appointments" USING btree ("organisation_id","worker_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "appointments_case_start_idx" ON "appointments" USING btree ("organisation_id","case_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "appointments_org_start_idx" ON "appointments" USING btree ("organisation_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "appointments_reminder_due_idx" ON "appointments" USING btree ("reminder_due_at") WHERE "appointments"."reminder_sent_at" is null and "appointments"."status" = 'planned' and "appointments"."reminder_channel" is not null;--> statement-breakpoint
CREATE INDEX "outbox_messages_org_created_idx" ON "outbox_messages" USING btree ("organisation_id","created_at","id");--> statement-breakpoint
CREATE INDEX "outbox_messages_appointment_idx" ON "outbox_messages" USING btree ("organisation_id","appointment_id");