CREATE TABLE "password_setup_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_setup_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "password_setup_tokens_expiry_after_creation" CHECK ("password_setup_tokens"."expires_at" > "password_setup_tokens"."created_at")
);
--> statement-breakpoint
CREATE TABLE "attendance_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attendance_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"status" "attendance_status" NOT NULL,
	"minutes_attended" integer NOT NULL,
	"note" text,
	"recorded_by_staff_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attendance_revisions_attendance_revision" UNIQUE("attendance_id","revision")
);
--> statement-breakpoint
CREATE TABLE "session_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"schedule_option_id" uuid NOT NULL,
	"kind" "session_kind" NOT NULL,
	"title" text NOT NULL,
	"weekdays" smallint[] NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"facilitator_staff_id" uuid,
	"location" text,
	"video_url" text,
	"capacity" integer,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_templates_time_ordered" CHECK ("session_templates"."start_time" < "session_templates"."end_time"),
	CONSTRAINT "session_templates_weekdays_valid" CHECK (cardinality("session_templates"."weekdays") between 1 and 7 and "session_templates"."weekdays" <@ array[1,2,3,4,5,6,7]::smallint[]),
	CONSTRAINT "session_templates_has_place" CHECK ("session_templates"."location" is not null or "session_templates"."video_url" is not null),
	CONSTRAINT "session_templates_period_ordered" CHECK ("session_templates"."ends_on" is null or "session_templates"."starts_on" <= "session_templates"."ends_on"),
	CONSTRAINT "session_templates_capacity_positive" CHECK ("session_templates"."capacity" is null or "session_templates"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "intake_on" date;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "discharge_plan" jsonb;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "calendar_feed_token_hash" text;--> statement-breakpoint
-- Programs that exist already offer the usual IOP/PHP mix; new programs must say what they offer.
ALTER TABLE "programs" ADD COLUMN "session_kinds" "session_kind"[] DEFAULT '{process_group,skills_group,psychoeducation,individual}' NOT NULL;--> statement-breakpoint
ALTER TABLE "programs" ALTER COLUMN "session_kinds" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "attendance" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "attendance" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD COLUMN "template_id" uuid;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD COLUMN "occurs_on" date;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "password_setup_tokens" ADD CONSTRAINT "password_setup_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_setup_tokens" ADD CONSTRAINT "password_setup_tokens_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_revisions" ADD CONSTRAINT "attendance_revisions_attendance_id_attendance_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_revisions" ADD CONSTRAINT "attendance_revisions_recorded_by_staff_id_staff_members_id_fk" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_templates" ADD CONSTRAINT "session_templates_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_templates" ADD CONSTRAINT "session_templates_schedule_option_id_schedule_options_id_fk" FOREIGN KEY ("schedule_option_id") REFERENCES "public"."schedule_options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_templates" ADD CONSTRAINT "session_templates_facilitator_staff_id_staff_members_id_fk" FOREIGN KEY ("facilitator_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_setup_tokens_user" ON "password_setup_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_templates_option" ON "session_templates" USING btree ("schedule_option_id");--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_template_id_session_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."session_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_one_open_per_client" ON "enrollments" USING btree ("client_id") WHERE "enrollments"."status" <> 'discharged';--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_calendar_feed_token_hash_unique" UNIQUE("calendar_feed_token_hash");--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_template_date" UNIQUE("template_id","occurs_on");--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_offers_sessions" CHECK (cardinality("programs"."session_kinds") >= 1);--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_generated_dated" CHECK ("program_sessions"."template_id" is null or "program_sessions"."occurs_on" is not null);--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_cancellation_explained" CHECK ("program_sessions"."cancelled_at" is null or "program_sessions"."cancellation_reason" is not null);--> statement-breakpoint

-- Hand-written: every version of an attendance record is kept. The first record and each
-- correction are copied to attendance_revisions in the same statement, so no write path can
-- skip the history; a correction must bump the revision.
CREATE FUNCTION "attendance_keep_revision"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.revision <> OLD.revision + 1 THEN
    RAISE EXCEPTION 'an attendance correction must be revision % (got %)', OLD.revision + 1, NEW.revision
      USING ERRCODE = 'check_violation';
  END IF;
  INSERT INTO "attendance_revisions"
    ("attendance_id", "revision", "status", "minutes_attended", "note", "recorded_by_staff_id", "recorded_at")
  VALUES (NEW.id, NEW.revision, NEW.status, NEW.minutes_attended, NEW.note, NEW.recorded_by_staff_id, NEW.recorded_at);
  RETURN NEW;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER "attendance_revisions_on_write"
  AFTER INSERT OR UPDATE ON "attendance"
  FOR EACH ROW EXECUTE FUNCTION "attendance_keep_revision"();
--> statement-breakpoint

CREATE FUNCTION "reject_change_to_history"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% keeps history: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation',
          HINT = 'Record a correction instead of changing or removing what was recorded.';
END;
$$;
--> statement-breakpoint

-- Attendance is corrected, never removed, and its history never changes.
CREATE TRIGGER "attendance_no_delete"
  BEFORE DELETE ON "attendance"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint

CREATE TRIGGER "attendance_revisions_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "attendance_revisions"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
