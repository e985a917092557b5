CREATE TABLE "evaluation_answers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"trust" smallint NOT NULL,
	"understanding" smallint NOT NULL,
	"influence" smallint NOT NULL,
	"again" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"answered_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_respondents" (
	"process_id" uuid NOT NULL,
	"respondent_hash" text NOT NULL,
	CONSTRAINT "evaluation_respondents_process_id_respondent_hash_pk" PRIMARY KEY("process_id","respondent_hash")
);
--> statement-breakpoint
CREATE TABLE "evaluation_surveys" (
	"process_id" uuid PRIMARY KEY NOT NULL,
	"is_open" boolean DEFAULT false NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "process_carry_overs" (
	"process_id" uuid PRIMARY KEY NOT NULL,
	"from_process_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "process_carry_overs_from_process_id_unique" UNIQUE("from_process_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_respondents" ADD CONSTRAINT "evaluation_respondents_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_surveys" ADD CONSTRAINT "evaluation_surveys_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_carry_overs" ADD CONSTRAINT "process_carry_overs_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_carry_overs" ADD CONSTRAINT "process_carry_overs_from_process_id_processes_id_fk" FOREIGN KEY ("from_process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_carry_overs" ADD CONSTRAINT "process_carry_overs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_answers_process_idx" ON "evaluation_answers" USING btree ("process_id","audience");--> statement-breakpoint
CREATE INDEX "lessons_process_idx" ON "lessons" USING btree ("process_id","created_at");