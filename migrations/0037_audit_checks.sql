CREATE TABLE "audit_chain_checks" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"checked_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"ok" boolean NOT NULL,
	"rows_checked" integer NOT NULL,
	"first_broken_seq" bigint
);
--> statement-breakpoint
ALTER TABLE "audit_chain_checks" ADD CONSTRAINT "audit_chain_checks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;