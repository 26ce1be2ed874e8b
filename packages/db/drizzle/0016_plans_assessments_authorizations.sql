CREATE TYPE "public"."loc_decision" AS ENUM('confirm', 'decline');--> statement-breakpoint
CREATE TYPE "public"."plan_signer" AS ENUM('client', 'staff');--> statement-breakpoint
CREATE TYPE "public"."plan_version_reason" AS ENUM('initial', 'revision', 'review');--> statement-breakpoint
CREATE TYPE "public"."recommended_level" AS ENUM('outpatient', 'iop', 'php', 'inpatient_referral');--> statement-breakpoint
CREATE TABLE "payer_authorizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"payer" text NOT NULL,
	"number" text NOT NULL,
	"units_approved" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"recorded_by_staff_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payer_authorizations_period_ordered" CHECK ("payer_authorizations"."starts_on" <= "payer_authorizations"."ends_on"),
	CONSTRAINT "payer_authorizations_units_positive" CHECK ("payer_authorizations"."units_approved" > 0)
);
--> statement-breakpoint
CREATE TABLE "level_of_care_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"composite" smallint NOT NULL,
	"current_level" "care_level" NOT NULL,
	"recommended" "recommended_level" NOT NULL,
	"reasons" jsonb NOT NULL,
	"note" text,
	"assessed_by_staff_id" uuid NOT NULL,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "level_of_care_assessments_id_client" UNIQUE("id","client_id"),
	CONSTRAINT "level_of_care_assessments_composite_range" CHECK ("level_of_care_assessments"."composite" between 7 and 35),
	CONSTRAINT "level_of_care_assessments_ratings_object" CHECK (jsonb_typeof("level_of_care_assessments"."ratings") = 'object'),
	CONSTRAINT "level_of_care_assessments_reasons_array" CHECK (jsonb_typeof("level_of_care_assessments"."reasons") = 'array')
);
--> statement-breakpoint
CREATE TABLE "level_of_care_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"decision" "loc_decision" NOT NULL,
	"reason" text NOT NULL,
	"decided_by_staff_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "level_of_care_decisions_once_per_assessment" UNIQUE("assessment_id"),
	CONSTRAINT "level_of_care_decisions_reason_given" CHECK (btrim("level_of_care_decisions"."reason") <> '')
);
--> statement-breakpoint
CREATE TABLE "treatment_plan_objective_marks" (
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"objective_key" text NOT NULL,
	"met_on" date NOT NULL,
	"marked_by_staff_id" uuid NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "treatment_plan_objective_marks_pk" PRIMARY KEY("enrollment_id","objective_key")
);
--> statement-breakpoint
CREATE TABLE "treatment_plan_shared_goals" (
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"goal_key" text NOT NULL,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "treatment_plan_shared_goals_pk" PRIMARY KEY("enrollment_id","goal_key")
);
--> statement-breakpoint
CREATE TABLE "treatment_plan_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"signer" "plan_signer" NOT NULL,
	"signed_by_user_id" uuid NOT NULL,
	"signed_name" text,
	"agrees" boolean,
	"comment" text,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "treatment_plan_signatures_once_per_side" UNIQUE("version_id","signer"),
	CONSTRAINT "treatment_plan_signatures_client_signs_by_name" CHECK (("treatment_plan_signatures"."signer" = 'client') = ("treatment_plan_signatures"."signed_name" is not null and btrim("treatment_plan_signatures"."signed_name") <> '' and "treatment_plan_signatures"."agrees" is not null)),
	CONSTRAINT "treatment_plan_signatures_disagreement_explained" CHECK ("treatment_plan_signatures"."agrees" is distinct from false or ("treatment_plan_signatures"."comment" is not null and btrim("treatment_plan_signatures"."comment") <> ''))
);
--> statement-breakpoint
CREATE TABLE "treatment_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" "plan_version_reason" NOT NULL,
	"content" jsonb NOT NULL,
	"change_summary" text,
	"written_by_staff_id" uuid NOT NULL,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	"supersedes_id" uuid,
	CONSTRAINT "treatment_plan_versions_id_client" UNIQUE("id","client_id"),
	CONSTRAINT "treatment_plan_versions_id_enrollment" UNIQUE("id","enrollment_id"),
	CONSTRAINT "treatment_plan_versions_number" UNIQUE("enrollment_id","version"),
	CONSTRAINT "treatment_plan_versions_superseded_once" UNIQUE("supersedes_id"),
	CONSTRAINT "treatment_plan_versions_content_object" CHECK (jsonb_typeof("treatment_plan_versions"."content") = 'object'),
	CONSTRAINT "treatment_plan_versions_number_positive" CHECK ("treatment_plan_versions"."version" > 0),
	CONSTRAINT "treatment_plan_versions_first_stands_alone" CHECK (("treatment_plan_versions"."version" = 1) = ("treatment_plan_versions"."supersedes_id" is null) and ("treatment_plan_versions"."version" = 1) = ("treatment_plan_versions"."reason" = 'initial')),
	CONSTRAINT "treatment_plan_versions_change_summarized" CHECK ("treatment_plan_versions"."version" = 1 or ("treatment_plan_versions"."change_summary" is not null and btrim("treatment_plan_versions"."change_summary") <> ''))
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "level_of_care_policy" jsonb;--> statement-breakpoint
ALTER TABLE "payer_authorizations" ADD CONSTRAINT "payer_authorizations_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_authorizations" ADD CONSTRAINT "payer_authorizations_recorded_by_staff_id_staff_members_id_fk" FOREIGN KEY ("recorded_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_authorizations" ADD CONSTRAINT "payer_authorizations_enrollment_of_client" FOREIGN KEY ("enrollment_id","client_id") REFERENCES "public"."enrollments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_assessments" ADD CONSTRAINT "level_of_care_assessments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_assessments" ADD CONSTRAINT "level_of_care_assessments_assessed_by_staff_id_staff_members_id_fk" FOREIGN KEY ("assessed_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_assessments" ADD CONSTRAINT "level_of_care_assessments_enrollment_of_client" FOREIGN KEY ("enrollment_id","client_id") REFERENCES "public"."enrollments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_decisions" ADD CONSTRAINT "level_of_care_decisions_decided_by_staff_id_staff_members_id_fk" FOREIGN KEY ("decided_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_decisions" ADD CONSTRAINT "level_of_care_decisions_assessment_of_client" FOREIGN KEY ("assessment_id","client_id") REFERENCES "public"."level_of_care_assessments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_objective_marks" ADD CONSTRAINT "treatment_plan_objective_marks_marked_by_staff_id_staff_members_id_fk" FOREIGN KEY ("marked_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_objective_marks" ADD CONSTRAINT "treatment_plan_objective_marks_enrollment_of_client" FOREIGN KEY ("enrollment_id","client_id") REFERENCES "public"."enrollments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_shared_goals" ADD CONSTRAINT "treatment_plan_shared_goals_enrollment_of_client" FOREIGN KEY ("enrollment_id","client_id") REFERENCES "public"."enrollments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_signatures" ADD CONSTRAINT "treatment_plan_signatures_signed_by_user_id_users_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_signatures" ADD CONSTRAINT "treatment_plan_signatures_version_of_client" FOREIGN KEY ("version_id","client_id") REFERENCES "public"."treatment_plan_versions"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_versions" ADD CONSTRAINT "treatment_plan_versions_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_versions" ADD CONSTRAINT "treatment_plan_versions_written_by_staff_id_staff_members_id_fk" FOREIGN KEY ("written_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_versions" ADD CONSTRAINT "treatment_plan_versions_enrollment_of_client" FOREIGN KEY ("enrollment_id","client_id") REFERENCES "public"."enrollments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan_versions" ADD CONSTRAINT "treatment_plan_versions_supersedes_same_enrollment" FOREIGN KEY ("supersedes_id","enrollment_id") REFERENCES "public"."treatment_plan_versions"("id","enrollment_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payer_authorizations_enrollment_starts" ON "payer_authorizations" USING btree ("enrollment_id","starts_on");--> statement-breakpoint
CREATE INDEX "level_of_care_assessments_enrollment_assessed" ON "level_of_care_assessments" USING btree ("enrollment_id","assessed_at");--> statement-breakpoint
CREATE INDEX "level_of_care_assessments_client_assessed" ON "level_of_care_assessments" USING btree ("client_id","assessed_at");--> statement-breakpoint
CREATE INDEX "treatment_plan_shared_goals_client" ON "treatment_plan_shared_goals" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "treatment_plan_signatures_client" ON "treatment_plan_signatures" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "treatment_plan_versions_client" ON "treatment_plan_versions" USING btree ("client_id","written_at");--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_level_of_care_policy_object" CHECK ("programs"."level_of_care_policy" is null or jsonb_typeof("programs"."level_of_care_policy") = 'object');--> statement-breakpoint

-- Hand-written from here: drizzle-kit expresses neither triggers nor grants.

-- Plan versions, their signatures, objective marks, level-of-care assessments and decisions, and
-- payer authorizations are records of care: once written they may not change or vanish (0004's
-- reject_change_to_history). A plan changes by a new version, which needs new signatures.
CREATE TRIGGER "treatment_plan_versions_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "treatment_plan_versions"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "treatment_plan_signatures_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "treatment_plan_signatures"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "treatment_plan_objective_marks_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "treatment_plan_objective_marks"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "level_of_care_assessments_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "level_of_care_assessments"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "level_of_care_decisions_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "level_of_care_decisions"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "payer_authorizations_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "payer_authorizations"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
-- TRUNCATE fires no row triggers (as for the audit in 0001), so each gets a statement trigger too.
CREATE TRIGGER "treatment_plan_versions_no_truncate"
  BEFORE TRUNCATE ON "treatment_plan_versions"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "treatment_plan_signatures_no_truncate"
  BEFORE TRUNCATE ON "treatment_plan_signatures"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "treatment_plan_objective_marks_no_truncate"
  BEFORE TRUNCATE ON "treatment_plan_objective_marks"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "level_of_care_assessments_no_truncate"
  BEFORE TRUNCATE ON "level_of_care_assessments"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "level_of_care_decisions_no_truncate"
  BEFORE TRUNCATE ON "level_of_care_decisions"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "payer_authorizations_no_truncate"
  BEFORE TRUNCATE ON "payer_authorizations"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint

-- The app's grants (see 0011). Records of care are added to and read, never rewritten.
GRANT SELECT, INSERT ON "treatment_plan_versions", "treatment_plan_signatures", "treatment_plan_objective_marks",
  "level_of_care_assessments", "level_of_care_decisions", "payer_authorizations" TO "stepwise_app";
--> statement-breakpoint
-- Which goals a client shares is their choice, turned on and off: a row is added or removed.
GRANT SELECT, INSERT, DELETE ON "treatment_plan_shared_goals" TO "stepwise_app";
