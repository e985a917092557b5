CREATE TABLE "methods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"profile" jsonb NOT NULL,
	"participation_levels" jsonb NOT NULL,
	"phases" jsonb NOT NULL,
	"cost" text NOT NULL,
	"cost_note" text DEFAULT '' NOT NULL,
	"reaches" text DEFAULT '' NOT NULL,
	"misses" text DEFAULT '' NOT NULL,
	"reaches_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"misses_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"activity_kind" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "methods_org_key_unique" UNIQUE("organisation_id","key")
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_sections" (
	"process_id" uuid NOT NULL,
	"section" text NOT NULL,
	"content" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plan_sections_process_id_section_pk" PRIMARY KEY("process_id","section")
);
--> statement-breakpoint
CREATE TABLE "question_choices" (
	"process_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"voter_hash" text NOT NULL,
	"formulation_id" uuid NOT NULL,
	"chosen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "question_choices_process_id_round_voter_hash_pk" PRIMARY KEY("process_id","round","voter_hash")
);
--> statement-breakpoint
CREATE TABLE "question_formulations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"proposer_role" text,
	"status" text DEFAULT 'visible' NOT NULL,
	"hidden_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"fixed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "methods" ADD CONSTRAINT "methods_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_sections" ADD CONSTRAINT "plan_sections_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_choices" ADD CONSTRAINT "question_choices_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_choices" ADD CONSTRAINT "question_choices_formulation_id_question_formulations_id_fk" FOREIGN KEY ("formulation_id") REFERENCES "public"."question_formulations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_formulations" ADD CONSTRAINT "question_formulations_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_items_process_idx" ON "plan_items" USING btree ("process_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "question_formulations_process_idx" ON "question_formulations" USING btree ("process_id","round");