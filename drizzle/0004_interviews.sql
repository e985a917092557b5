CREATE TABLE "interview_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_count" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"interviewer_user_id" uuid,
	"may_quote" boolean NOT NULL,
	"consent_version" text NOT NULL,
	"consent_recorded_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "perspectives" ADD COLUMN "interview_id" uuid;--> statement-breakpoint
ALTER TABLE "interview_targets" ADD CONSTRAINT "interview_targets_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_target_id_interview_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."interview_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_interviewer_user_id_users_id_fk" FOREIGN KEY ("interviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_targets_process_idx" ON "interview_targets" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "interviews_process_idx" ON "interviews" USING btree ("process_id","held_on");--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;