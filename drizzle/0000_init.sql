CREATE TYPE "public"."agency_level" AS ENUM('province', 'department', 'district', 'commune', 'unit');--> statement-breakpoint
CREATE TYPE "public"."role_name" AS ENUM('citizen', 'receiving_officer', 'specialist', 'leader', 'monitor', 'admin');--> statement-breakpoint
CREATE TYPE "public"."procedure_online_level" AS ENUM('full', 'partial', 'none');--> statement-breakpoint
CREATE TYPE "public"."procedure_time_unit" AS ENUM('working_days', 'working_hours', 'calendar_days', 'months');--> statement-breakpoint
CREATE TYPE "public"."procedure_version_status" AS ENUM('active', 'amended', 'abolished');--> statement-breakpoint
CREATE TYPE "public"."workflow_step_role" AS ENUM('receiving_officer', 'specialist', 'leader');--> statement-breakpoint
CREATE TYPE "public"."applicant_kind" AS ENUM('person', 'business');--> statement-breakpoint
CREATE TYPE "public"."dossier_channel" AS ENUM('direct', 'online', 'postal');--> statement-breakpoint
CREATE TYPE "public"."dossier_outcome" AS ENUM('approved', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."dossier_return_method" AS ENUM('counter', 'post', 'online');--> statement-breakpoint
CREATE TYPE "public"."dossier_status" AS ENUM('submitted', 'intake_incomplete', 'intake_refused', 'processing', 'awaiting_supplement', 'result_ready', 'returned', 'withdrawn', 'closed_no_supplement');--> statement-breakpoint
CREATE TYPE "public"."dossier_step_status" AS ENUM('waiting', 'active', 'done', 'returned', 'cancelled');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agencies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" "agency_level" NOT NULL,
	"parent_id" integer,
	"path" text NOT NULL,
	"division_code" text,
	"valid_from" date DEFAULT '2000-01-01' NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_successions" (
	"predecessor_id" integer NOT NULL,
	"successor_id" integer NOT NULL,
	"effective_from" date NOT NULL,
	"note" text,
	CONSTRAINT "agency_successions_predecessor_id_successor_id_pk" PRIMARY KEY("predecessor_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "division_provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_code" text NOT NULL,
	"place_type" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "division_ward_mappings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "division_ward_mappings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"old_ward_code" text,
	"old_ward_name" text NOT NULL,
	"old_district_name" text NOT NULL,
	"old_province_name" text NOT NULL,
	"old_search_key" text NOT NULL,
	"new_ward_code" text NOT NULL,
	"new_ward_name" text NOT NULL,
	"new_province_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "division_wards" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_roles" (
	"user_id" integer NOT NULL,
	"role" "role_name" NOT NULL,
	"agency_id" integer,
	CONSTRAINT "user_roles_user_id_role_pk" PRIMARY KEY("user_id","role")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"password_hash" text,
	"email" text,
	"phone" text,
	"agency_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"training_mode" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_working_hours" (
	"agency_id" integer PRIMARY KEY NOT NULL,
	"periods" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"days_off" jsonb NOT NULL,
	"working_saturdays" jsonb NOT NULL,
	"origin" text NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "procedure_components" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedure_components_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"originals" integer DEFAULT 0 NOT NULL,
	"copies" integer DEFAULT 0 NOT NULL,
	"template_name" text,
	"template_url" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "procedure_fields" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedure_fields_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedure_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"procedure_id" integer NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"field_id" integer NOT NULL,
	"levels" text[] NOT NULL,
	"implementing_agency_id" integer,
	"implementing_agency" text NOT NULL,
	"legal_duration" numeric(10, 2) NOT NULL,
	"published_duration" numeric(10, 2) NOT NULL,
	"time_unit" "procedure_time_unit" NOT NULL,
	"fees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"online_level" "procedure_online_level" NOT NULL,
	"status" "procedure_version_status" NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"effective_date" date,
	"result_description" text DEFAULT '' NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "procedure_workflows" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedure_workflows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"procedure_version_id" integer NOT NULL,
	"agency_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procedures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"current_version_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "workflow_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workflow_id" integer NOT NULL,
	"position" integer NOT NULL,
	"stage" integer NOT NULL,
	"name" text NOT NULL,
	"role" "workflow_step_role" NOT NULL,
	"agency_id" integer,
	"allotted" numeric(10, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"type" text NOT NULL,
	"subject" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "dossier_components" (
	"dossier_id" integer NOT NULL,
	"position" integer NOT NULL,
	"component_id" integer,
	"name" text NOT NULL,
	"required" boolean NOT NULL,
	"provided" boolean NOT NULL,
	"originals" integer DEFAULT 0 NOT NULL,
	"copies" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dossier_components_dossier_id_position_pk" PRIMARY KEY("dossier_id","position")
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dossier_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"actor_id" integer,
	"at" timestamp with time zone NOT NULL,
	"from_status" "dossier_status",
	"to_status" "dossier_status" NOT NULL,
	"changes" jsonb NOT NULL,
	"data" jsonb NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "dossier_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dossier_id" integer NOT NULL,
	"kind" text NOT NULL,
	"component_position" integer,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" text NOT NULL,
	"uploaded_by" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_sequences" (
	"agency_id" integer NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_sequences_agency_id_day_pk" PRIMARY KEY("agency_id","day")
);
--> statement-breakpoint
CREATE TABLE "dossier_steps" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossier_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dossier_id" integer NOT NULL,
	"position" integer NOT NULL,
	"stage" integer NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"agency_id" integer NOT NULL,
	"assignee_id" integer,
	"status" "dossier_step_status" NOT NULL,
	"allotted" numeric(10, 2),
	"started_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dossiers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"procedure_id" integer NOT NULL,
	"procedure_version_id" integer,
	"workflow_id" integer,
	"agency_id" integer NOT NULL,
	"agency_path" text NOT NULL,
	"desk_agency_id" integer NOT NULL,
	"desk_agency_path" text NOT NULL,
	"channel" "dossier_channel" NOT NULL,
	"status" "dossier_status" NOT NULL,
	"applicant_kind" "applicant_kind" DEFAULT 'person' NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_id_number" text,
	"applicant_phone" text,
	"applicant_email" text,
	"applicant_address" text,
	"authorised_person" jsonb,
	"owner_user_id" integer,
	"request_summary" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"due_set_at" timestamp with time zone,
	"appointment_at" timestamp with time zone,
	"apology_due_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"supplement_count" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" "dossier_outcome",
	"result_signed_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"return_method" "dossier_return_method",
	"is_test" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'native' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"dossier_id" integer,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_snapshot_dossiers" (
	"snapshot_id" integer NOT NULL,
	"dossier_id" integer NOT NULL,
	"row_key" text NOT NULL,
	"receipt" text NOT NULL,
	"result" text NOT NULL,
	CONSTRAINT "report_snapshot_dossiers_snapshot_id_dossier_id_pk" PRIMARY KEY("snapshot_id","dossier_id")
);
--> statement-breakpoint
CREATE TABLE "report_snapshots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"agency_code" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"grouping" text NOT NULL,
	"report" jsonb NOT NULL,
	"report_hash" text NOT NULL,
	"dossier_count" integer NOT NULL,
	"last_event_id" bigint NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" integer,
	"published_by_name" text NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_successions" ADD CONSTRAINT "agency_successions_predecessor_id_agencies_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_successions" ADD CONSTRAINT "agency_successions_successor_id_agencies_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "division_ward_mappings" ADD CONSTRAINT "division_ward_mappings_new_ward_code_division_wards_code_fk" FOREIGN KEY ("new_ward_code") REFERENCES "public"."division_wards"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "division_wards" ADD CONSTRAINT "division_wards_province_code_division_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."division_provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_roles" ADD CONSTRAINT "user_roles_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_working_hours" ADD CONSTRAINT "agency_working_hours_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_working_hours" ADD CONSTRAINT "agency_working_hours_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_years" ADD CONSTRAINT "calendar_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_components" ADD CONSTRAINT "procedure_components_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_field_id_procedure_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."procedure_fields"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_implementing_agency_id_agencies_id_fk" FOREIGN KEY ("implementing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_workflows" ADD CONSTRAINT "procedure_workflows_procedure_version_id_procedure_versions_id_fk" FOREIGN KEY ("procedure_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_workflows" ADD CONSTRAINT "procedure_workflows_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_workflows" ADD CONSTRAINT "procedure_workflows_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_current_version_id_procedure_versions_id_fk" FOREIGN KEY ("current_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_workflow_id_procedure_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."procedure_workflows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_components" ADD CONSTRAINT "dossier_components_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_files" ADD CONSTRAINT "dossier_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_sequences" ADD CONSTRAINT "dossier_sequences_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedure_version_id_procedure_versions_id_fk" FOREIGN KEY ("procedure_version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_workflow_id_procedure_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."procedure_workflows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_desk_agency_id_agencies_id_fk" FOREIGN KEY ("desk_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_snapshot_dossiers" ADD CONSTRAINT "report_snapshot_dossiers_snapshot_id_report_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."report_snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_snapshot_dossiers" ADD CONSTRAINT "report_snapshot_dossiers_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_code_uq" ON "agencies" USING btree ("code");--> statement-breakpoint
CREATE INDEX "agencies_path_idx" ON "agencies" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "agencies_parent_idx" ON "agencies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "agency_successions_succ_idx" ON "agency_successions" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "division_ward_mappings_old_idx" ON "division_ward_mappings" USING btree ("old_ward_code");--> statement-breakpoint
CREATE INDEX "division_ward_mappings_new_idx" ON "division_ward_mappings" USING btree ("new_ward_code");--> statement-breakpoint
CREATE INDEX "division_wards_province_idx" ON "division_wards" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_uq" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_agency_idx" ON "users" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_components_version_position_uq" ON "procedure_components" USING btree ("version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_fields_code_uq" ON "procedure_fields" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_procedure_version_uq" ON "procedure_versions" USING btree ("procedure_id","version");--> statement-breakpoint
CREATE INDEX "procedure_versions_field_idx" ON "procedure_versions" USING btree ("field_id");--> statement-breakpoint
CREATE INDEX "procedure_versions_decision_idx" ON "procedure_versions" USING btree ("decision_number");--> statement-breakpoint
CREATE INDEX "procedure_versions_search_idx" ON "procedure_versions" USING btree ("search_text" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_workflows_current_uq" ON "procedure_workflows" USING btree ("procedure_version_id",coalesce("agency_id", 0)) WHERE "procedure_workflows"."replaced_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_code_uq" ON "procedures" USING btree ("code");--> statement-breakpoint
CREATE INDEX "procedures_current_version_idx" ON "procedures" USING btree ("current_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_steps_workflow_position_uq" ON "workflow_steps" USING btree ("workflow_id","position");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_events_seq_uq" ON "dossier_events" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "dossier_events_at_idx" ON "dossier_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "dossier_files_dossier_idx" ON "dossier_files" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_steps_dossier_idx" ON "dossier_steps" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_steps_assignee_active_idx" ON "dossier_steps" USING btree ("assignee_id") WHERE "dossier_steps"."status" = 'active';--> statement-breakpoint
CREATE INDEX "dossier_steps_agency_active_idx" ON "dossier_steps" USING btree ("agency_id") WHERE "dossier_steps"."status" = 'active';--> statement-breakpoint
CREATE INDEX "dossier_steps_completed_by_idx" ON "dossier_steps" USING btree ("completed_by");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_uq" ON "dossiers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "dossiers_agency_path_idx" ON "dossiers" USING btree ("agency_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "dossiers_desk_path_idx" ON "dossiers" USING btree ("desk_agency_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "dossiers_agency_received_idx" ON "dossiers" USING btree ("agency_id","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_finished_idx" ON "dossiers" USING btree ("finished_at");--> statement-breakpoint
CREATE INDEX "dossiers_due_open_idx" ON "dossiers" USING btree ("due_at") WHERE "dossiers"."finished_at" is null;--> statement-breakpoint
CREATE INDEX "dossiers_owner_idx" ON "dossiers" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "dossiers_status_idx" ON "dossiers" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_kind_ref_uq" ON "notifications" USING btree ("user_id","kind","ref");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_dossier_idx" ON "notifications" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "report_snapshot_dossiers_dossier_idx" ON "report_snapshot_dossiers" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_snapshots_period_uq" ON "report_snapshots" USING btree ("agency_id","period_from","period_to","grouping");--> statement-breakpoint
CREATE INDEX "report_snapshots_published_idx" ON "report_snapshots" USING btree ("published_at");