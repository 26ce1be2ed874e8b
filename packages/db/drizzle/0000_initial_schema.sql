CREATE TYPE "public"."account_kind" AS ENUM('client', 'family', 'staff');--> statement-breakpoint
CREATE TYPE "public"."attendance_status" AS ENUM('present', 'late', 'left_early', 'absent', 'excused');--> statement-breakpoint
CREATE TYPE "public"."care_level" AS ENUM('outpatient', 'iop', 'php');--> statement-breakpoint
CREATE TYPE "public"."discharge_reason" AS ENUM('completed', 'stepped_down_to_outside_care', 'referred_to_inpatient', 'transferred', 'left_against_advice', 'administrative');--> statement-breakpoint
CREATE TYPE "public"."enrollment_status" AS ENUM('referred', 'intake_scheduled', 'active', 'on_hold', 'discharged');--> statement-breakpoint
CREATE TYPE "public"."program_track" AS ENUM('general_mental_health', 'trauma', 'substance_use', 'co_occurring');--> statement-breakpoint
CREATE TYPE "public"."schedule_shift" AS ENUM('morning', 'evening', 'day');--> statement-breakpoint
CREATE TYPE "public"."session_kind" AS ENUM('process_group', 'skills_group', 'psychoeducation', 'individual', 'family', 'medication_management', 'case_management');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('clinician', 'program_director', 'front_desk', 'administrator');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_kind" "account_kind",
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"subject_client_id" uuid,
	"resource_type" text,
	"resource_id" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "care_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"staff_member_id" uuid NOT NULL,
	"responsibility" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollment_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"from_status" "enrollment_status",
	"to_status" "enrollment_status" NOT NULL,
	"effective_on" date NOT NULL,
	"reason" text,
	"recorded_by_staff_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"schedule_option_id" uuid,
	"status" "enrollment_status" NOT NULL,
	"level" "care_level" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"discharge_reason" "discharge_reason",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrollments_period_ordered" CHECK ("enrollments"."ends_on" is null or "enrollments"."starts_on" < "enrollments"."ends_on"),
	CONSTRAINT "enrollments_discharge_consistent" CHECK (("enrollments"."status" = 'discharged') = ("enrollments"."discharge_reason" is not null and "enrollments"."ends_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "level_of_care_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"from_level" "care_level",
	"to_level" "care_level" NOT NULL,
	"effective_on" date NOT NULL,
	"reason" text NOT NULL,
	"decided_by_staff_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "level_of_care_changes_is_a_change" CHECK ("level_of_care_changes"."from_level" is distinct from "level_of_care_changes"."to_level")
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"preferred_name" text,
	"date_of_birth" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clients_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"address" text NOT NULL,
	"app" "account_kind" NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "staff_role" NOT NULL,
	"credentials" text,
	CONSTRAINT "staff_members_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text NOT NULL,
	"kind" "account_kind" NOT NULL,
	"display_name" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"failed_sign_in_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_session_version_positive" CHECK ("users"."session_version" > 0),
	CONSTRAINT "users_failed_sign_in_count_non_negative" CHECK ("users"."failed_sign_in_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"level" "care_level" NOT NULL,
	"track" "program_track" NOT NULL,
	"time_zone" text DEFAULT 'America/New_York' NOT NULL,
	"min_weekly_minutes" integer NOT NULL,
	"max_weekly_minutes" integer NOT NULL,
	"expected_length_weeks" smallint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "programs_slug_unique" UNIQUE("slug"),
	CONSTRAINT "programs_band_ordered" CHECK (0 <= "programs"."min_weekly_minutes" and "programs"."min_weekly_minutes" <= "programs"."max_weekly_minutes"),
	CONSTRAINT "programs_expected_length_positive" CHECK ("programs"."expected_length_weeks" > 0)
);
--> statement-breakpoint
CREATE TABLE "schedule_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"shift" "schedule_shift" NOT NULL,
	"name" text NOT NULL,
	"weekdays" smallint[] NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	CONSTRAINT "schedule_options_time_ordered" CHECK ("schedule_options"."start_time" < "schedule_options"."end_time"),
	CONSTRAINT "schedule_options_weekdays_valid" CHECK (cardinality("schedule_options"."weekdays") between 1 and 7 and "schedule_options"."weekdays" <@ array[1,2,3,4,5,6,7]::smallint[])
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"status" "attendance_status" NOT NULL,
	"minutes_attended" integer NOT NULL,
	"recorded_by_staff_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_session_client" UNIQUE("session_id","client_id"),
	CONSTRAINT "attendance_minutes_non_negative" CHECK ("attendance"."minutes_attended" >= 0),
	CONSTRAINT "attendance_minutes_match_status" CHECK ("attendance"."status" not in ('absent', 'excused') or "attendance"."minutes_attended" = 0)
);
--> statement-breakpoint
CREATE TABLE "program_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"schedule_option_id" uuid,
	"client_id" uuid,
	"kind" "session_kind" NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"facilitator_staff_id" uuid,
	"location" text,
	"video_url" text,
	"capacity" integer,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "program_sessions_time_ordered" CHECK ("program_sessions"."starts_at" < "program_sessions"."ends_at"),
	CONSTRAINT "program_sessions_capacity_positive" CHECK ("program_sessions"."capacity" is null or "program_sessions"."capacity" > 0),
	CONSTRAINT "program_sessions_group_or_individual" CHECK ("program_sessions"."schedule_option_id" is null or "program_sessions"."client_id" is null)
);
--> statement-breakpoint
CREATE TABLE "user_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"app" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "user_sessions_app_valid" CHECK ("user_sessions"."app" in ('portal', 'staff'))
);
--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_members" ADD CONSTRAINT "care_team_members_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_status_changes" ADD CONSTRAINT "enrollment_status_changes_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_status_changes" ADD CONSTRAINT "enrollment_status_changes_recorded_by_staff_id_staff_members_id_fk" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_schedule_option_id_schedule_options_id_fk" FOREIGN KEY ("schedule_option_id") REFERENCES "public"."schedule_options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_changes" ADD CONSTRAINT "level_of_care_changes_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_changes" ADD CONSTRAINT "level_of_care_changes_decided_by_staff_id_staff_members_id_fk" FOREIGN KEY ("decided_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_options" ADD CONSTRAINT "schedule_options_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_program_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."program_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_recorded_by_staff_id_staff_members_id_fk" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_schedule_option_id_schedule_options_id_fk" FOREIGN KEY ("schedule_option_id") REFERENCES "public"."schedule_options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_facilitator_staff_id_staff_members_id_fk" FOREIGN KEY ("facilitator_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_subject_at" ON "audit_events" USING btree ("subject_client_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_at" ON "audit_events" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "care_team_members_enrollment" ON "care_team_members" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "enrollment_status_changes_enrollment" ON "enrollment_status_changes" USING btree ("enrollment_id","effective_on");--> statement-breakpoint
CREATE INDEX "enrollments_client" ON "enrollments" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "enrollments_program_status" ON "enrollments" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "level_of_care_changes_enrollment" ON "level_of_care_changes" USING btree ("enrollment_id","effective_on");--> statement-breakpoint
CREATE INDEX "clients_last_name" ON "clients" USING btree ("last_name","first_name");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_at" ON "sign_in_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_address_at" ON "sign_in_attempts" USING btree ("address","at");--> statement-breakpoint
CREATE INDEX "schedule_options_program" ON "schedule_options" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "attendance_client" ON "attendance" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "program_sessions_option_starts" ON "program_sessions" USING btree ("schedule_option_id","starts_at");--> statement-breakpoint
CREATE INDEX "program_sessions_client_starts" ON "program_sessions" USING btree ("client_id","starts_at");--> statement-breakpoint
CREATE INDEX "program_sessions_program_starts" ON "program_sessions" USING btree ("program_id","starts_at");--> statement-breakpoint
CREATE INDEX "user_sessions_user" ON "user_sessions" USING btree ("user_id");