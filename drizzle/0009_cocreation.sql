CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"party" text NOT NULL,
	"what" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"cancel_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dot_votes" (
	"member_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"dots" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dot_votes_member_id_proposal_id_pk" PRIMARY KEY("member_id","proposal_id")
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"method_key" text NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"harvest_published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE TABLE "harvest_note_perspectives" (
	"note_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	CONSTRAINT "harvest_note_perspectives_note_id_perspective_id_pk" PRIMARY KEY("note_id","perspective_id")
);
--> statement-breakpoint
CREATE TABLE "harvest_note_themes" (
	"note_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "harvest_note_themes_note_id_theme_id_pk" PRIMARY KEY("note_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "harvest_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "harvest_notes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text
);
--> statement-breakpoint
CREATE TABLE "member_invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_arguments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"side" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"member_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text
);
--> statement-breakpoint
CREATE TABLE "proposal_assessments" (
	"member_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"sustainability" integer NOT NULL,
	"legitimacy" integer NOT NULL,
	"service" integer NOT NULL,
	"feasibility" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "proposal_assessments_member_id_proposal_id_pk" PRIMARY KEY("member_id","proposal_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_perspectives" (
	"proposal_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	CONSTRAINT "proposal_perspectives_proposal_id_perspective_id_pk" PRIMARY KEY("proposal_id","perspective_id")
);
--> statement-breakpoint
CREATE TABLE "proposal_themes" (
	"proposal_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "proposal_themes_proposal_id_theme_id_pk" PRIMARY KEY("proposal_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"title" text NOT NULL,
	"what" text NOT NULL,
	"why" text NOT NULL,
	"term" text NOT NULL,
	"cost_note" text DEFAULT '' NOT NULL,
	"feasibility_note" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_by_member_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE TABLE "working_group_member_contacts" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_group_member_groups" (
	"member_id" uuid NOT NULL,
	"group_key" text NOT NULL,
	CONSTRAINT "working_group_member_groups_member_id_group_key_pk" PRIMARY KEY("member_id","group_key")
);
--> statement-breakpoint
CREATE TABLE "working_group_member_themes" (
	"member_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "working_group_member_themes_member_id_theme_id_pk" PRIMARY KEY("member_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "working_group_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"role" text NOT NULL,
	"brings" text DEFAULT '' NOT NULL,
	"show_name" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE TABLE "working_groups" (
	"process_id" uuid PRIMARY KEY NOT NULL,
	"dots_per_member" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dot_votes" ADD CONSTRAINT "dot_votes_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dot_votes" ADD CONSTRAINT "dot_votes_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_note_perspectives" ADD CONSTRAINT "harvest_note_perspectives_note_id_harvest_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."harvest_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_note_perspectives" ADD CONSTRAINT "harvest_note_perspectives_perspective_id_perspectives_id_fk" FOREIGN KEY ("perspective_id") REFERENCES "public"."perspectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_note_themes" ADD CONSTRAINT "harvest_note_themes_note_id_harvest_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."harvest_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_note_themes" ADD CONSTRAINT "harvest_note_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_notes" ADD CONSTRAINT "harvest_notes_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_notes" ADD CONSTRAINT "harvest_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_invitations" ADD CONSTRAINT "member_invitations_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_sessions" ADD CONSTRAINT "member_sessions_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_arguments" ADD CONSTRAINT "proposal_arguments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_arguments" ADD CONSTRAINT "proposal_arguments_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assessments" ADD CONSTRAINT "proposal_assessments_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_assessments" ADD CONSTRAINT "proposal_assessments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_perspectives" ADD CONSTRAINT "proposal_perspectives_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_perspectives" ADD CONSTRAINT "proposal_perspectives_perspective_id_perspectives_id_fk" FOREIGN KEY ("perspective_id") REFERENCES "public"."perspectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_themes" ADD CONSTRAINT "proposal_themes_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_themes" ADD CONSTRAINT "proposal_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_created_by_member_id_working_group_members_id_fk" FOREIGN KEY ("created_by_member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_member_contacts" ADD CONSTRAINT "working_group_member_contacts_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_member_groups" ADD CONSTRAINT "working_group_member_groups_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_member_themes" ADD CONSTRAINT "working_group_member_themes_member_id_working_group_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."working_group_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_member_themes" ADD CONSTRAINT "working_group_member_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitments_proposal_idx" ON "commitments" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "group_sessions_process_idx" ON "group_sessions" USING btree ("process_id","held_on");--> statement-breakpoint
CREATE INDEX "harvest_notes_session_idx" ON "harvest_notes" USING btree ("session_id","seq");--> statement-breakpoint
CREATE INDEX "member_invitations_member_idx" ON "member_invitations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_sessions_member_idx" ON "member_sessions" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "proposal_arguments_proposal_idx" ON "proposal_arguments" USING btree ("proposal_id","created_at");--> statement-breakpoint
CREATE INDEX "proposal_perspectives_perspective_idx" ON "proposal_perspectives" USING btree ("perspective_id");--> statement-breakpoint
CREATE INDEX "proposals_process_idx" ON "proposals" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "wg_members_process_idx" ON "working_group_members" USING btree ("process_id");