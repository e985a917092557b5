CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"event_key" text NOT NULL,
	"channel" text NOT NULL,
	"recipient_key" text NOT NULL,
	"recipient" text NOT NULL,
	"language" text NOT NULL,
	"params" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"dispatched_at" timestamp with time zone,
	"outbox_id" uuid,
	CONSTRAINT "notices_event_recipient_unique" UNIQUE("event_key","channel","recipient_key")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "answer_working_days" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "perspective_contacts" ADD COLUMN "language" text DEFAULT 'sv' NOT NULL;--> statement-breakpoint
ALTER TABLE "perspective_contacts" ADD COLUMN "consent_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notices_pending_idx" ON "notices" USING btree ("dispatched_at","recipient_key");