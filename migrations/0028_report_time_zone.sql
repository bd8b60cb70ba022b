ALTER TABLE "cases" ADD COLUMN "duplicate_override_reason" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "time_zone" text DEFAULT 'Europe/Paris' NOT NULL;