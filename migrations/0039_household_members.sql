ALTER TABLE "persons" ADD COLUMN "joined_on" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "left_on" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;