-- Sessions now belong to the organisation they were started in: existing ones end, staff sign in again.
DELETE FROM "sessions";--> statement-breakpoint
CREATE TABLE "organisation_hosts" (
	"host" text PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "process_facilitators" (
	"process_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	CONSTRAINT "process_facilitators_process_id_user_id_pk" PRIMARY KEY("process_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "brand_colour" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo" "bytea";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo_type" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "organisation_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_platform_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_hosts" ADD CONSTRAINT "organisation_hosts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_facilitators" ADD CONSTRAINT "process_facilitators_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_facilitators" ADD CONSTRAINT "process_facilitators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_hosts_org_idx" ON "organisation_hosts" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Facilitators kept running every process of their organisation until now: assign them to all existing ones.
INSERT INTO "process_facilitators" ("process_id", "user_id", "assigned_at") SELECT p."id", m."user_id", now() FROM "processes" p JOIN "memberships" m ON m."organisation_id" = p."organisation_id" AND m."role" = 'facilitator';
