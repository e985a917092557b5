CREATE TABLE "accessibility_report_contacts" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "accessibility_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"page" text NOT NULL,
	"description" text NOT NULL,
	"language" text DEFAULT 'sv' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by_user_id" uuid,
	CONSTRAINT "accessibility_reports_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "accessibility_statements" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"compliance" text NOT NULL,
	"shortcomings" jsonb NOT NULL,
	"how_made" text NOT NULL,
	"reviewed_on" date NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "registration_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"next_number" integer NOT NULL,
	"counter_year" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"registered_by_user_id" uuid,
	CONSTRAINT "registrations_number_unique" UNIQUE("organisation_id","number"),
	CONSTRAINT "registrations_record_unique" UNIQUE("process_id","kind","record_id")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "visiting_address" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "accessibility_report_contacts" ADD CONSTRAINT "accessibility_report_contacts_report_id_accessibility_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."accessibility_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_reports" ADD CONSTRAINT "accessibility_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_reports" ADD CONSTRAINT "accessibility_reports_handled_by_user_id_users_id_fk" FOREIGN KEY ("handled_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_statements" ADD CONSTRAINT "accessibility_statements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accessibility_statements" ADD CONSTRAINT "accessibility_statements_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_settings" ADD CONSTRAINT "registration_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_registered_by_user_id_users_id_fk" FOREIGN KEY ("registered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accessibility_reports_org_idx" ON "accessibility_reports" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "registrations_org_time_idx" ON "registrations" USING btree ("organisation_id","registered_at");