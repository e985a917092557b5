CREATE TABLE "panel_draws" (
	"id" uuid PRIMARY KEY NOT NULL,
	"panel_id" uuid NOT NULL,
	"status" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"inputs_sha256" text NOT NULL,
	"time_limit_ms" integer NOT NULL,
	"lottery" jsonb,
	"failure" text,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"computed_at" timestamp with time zone,
	"seed" text,
	"outcome" jsonb,
	"drawn_by_user_id" uuid,
	"drawn_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"superseded_reason" text
);
--> statement-breakpoint
CREATE TABLE "panel_invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"draw_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"role" text NOT NULL,
	"token_sha256" text NOT NULL,
	"status" text NOT NULL,
	"replaces_invitation_id" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "panel_invitations_token_sha256_unique" UNIQUE("token_sha256"),
	CONSTRAINT "panel_invitations_draw_volunteer_unique" UNIQUE("draw_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "panel_volunteer_contacts" (
	"volunteer_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"address" text,
	"consented_at" timestamp with time zone NOT NULL,
	"consent_version" text NOT NULL,
	"imported_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "panel_volunteers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"panel_id" uuid NOT NULL,
	"code" text NOT NULL,
	"values" jsonb NOT NULL,
	"household_key" text,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "panel_volunteers_code_unique" UNIQUE("panel_id","code")
);
--> statement-breakpoint
CREATE TABLE "panels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"name" text NOT NULL,
	"size" integer NOT NULL,
	"reserves" integer NOT NULL,
	"household_check" boolean DEFAULT false NOT NULL,
	"features" jsonb NOT NULL,
	"quotas" jsonb NOT NULL,
	"is_recruiting" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "panels_process_id_unique" UNIQUE("process_id")
);
--> statement-breakpoint
ALTER TABLE "panel_draws" ADD CONSTRAINT "panel_draws_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_draws" ADD CONSTRAINT "panel_draws_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_draws" ADD CONSTRAINT "panel_draws_drawn_by_user_id_users_id_fk" FOREIGN KEY ("drawn_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_draw_id_panel_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."panel_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_invitations" ADD CONSTRAINT "panel_invitations_volunteer_id_panel_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."panel_volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteer_contacts" ADD CONSTRAINT "panel_volunteer_contacts_volunteer_id_panel_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."panel_volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteer_contacts" ADD CONSTRAINT "panel_volunteer_contacts_imported_by_user_id_users_id_fk" FOREIGN KEY ("imported_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_volunteers" ADD CONSTRAINT "panel_volunteers_panel_id_panels_id_fk" FOREIGN KEY ("panel_id") REFERENCES "public"."panels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panels" ADD CONSTRAINT "panels_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "panel_draws_panel_idx" ON "panel_draws" USING btree ("panel_id","requested_at");