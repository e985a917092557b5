CREATE TABLE "disclosure_grounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"default_key" text,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disclosure_grounds_default_unique" UNIQUE("organisation_id","default_key")
);
--> statement-breakpoint
CREATE TABLE "disclosure_requesters" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "disclosure_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"subject" text NOT NULL,
	"process_id" uuid,
	"period_from" date,
	"period_to" date,
	"record_types" jsonb NOT NULL,
	"review" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"registered_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone,
	"outcome" text,
	"reason" text,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" uuid,
	"delivery" jsonb
);
--> statement-breakpoint
ALTER TABLE "disclosure_grounds" ADD CONSTRAINT "disclosure_grounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_requesters" ADD CONSTRAINT "disclosure_requesters_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_registered_by_user_id_users_id_fk" FOREIGN KEY ("registered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_grounds_organisation_idx" ON "disclosure_grounds" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "disclosure_requests_organisation_idx" ON "disclosure_requests" USING btree ("organisation_id","status","received_at");