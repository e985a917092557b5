ALTER TABLE "organisations" ADD COLUMN "records_policy" text DEFAULT 'keep' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_retention_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "privacy_contact" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "perspectives" ADD COLUMN "withdrawn_at" timestamp with time zone;