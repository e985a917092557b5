CREATE TABLE "receivers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"note" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "routings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"receiver_id" uuid,
	"receiver_name" text NOT NULL,
	"receiver_email" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'routed' NOT NULL,
	"token_hash" text NOT NULL,
	"link_expires_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"routed_by_user_id" uuid,
	"routed_at" timestamp with time zone NOT NULL,
	"answer_text" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"closed_reason" text,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" uuid,
	"forwarded_from_id" uuid
);
--> statement-breakpoint
ALTER TABLE "receivers" ADD CONSTRAINT "receivers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routings" ADD CONSTRAINT "routings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routings" ADD CONSTRAINT "routings_perspective_id_perspectives_id_fk" FOREIGN KEY ("perspective_id") REFERENCES "public"."perspectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routings" ADD CONSTRAINT "routings_receiver_id_receivers_id_fk" FOREIGN KEY ("receiver_id") REFERENCES "public"."receivers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routings" ADD CONSTRAINT "routings_routed_by_user_id_users_id_fk" FOREIGN KEY ("routed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routings" ADD CONSTRAINT "routings_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routings" ADD CONSTRAINT "routings_forwarded_from_id_routings_id_fk" FOREIGN KEY ("forwarded_from_id") REFERENCES "public"."routings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "receivers_organisation_idx" ON "receivers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "routings_perspective_idx" ON "routings" USING btree ("perspective_id");--> statement-breakpoint
CREATE INDEX "routings_token_idx" ON "routings" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "routings_open_idx" ON "routings" USING btree ("organisation_id","status","due_on");