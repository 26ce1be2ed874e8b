CREATE TYPE "public"."alert_action" AS ENUM('contacted_client', 'safety_plan_reviewed', 'referred_to_crisis_care', 'could_not_reach');--> statement-breakpoint
CREATE TYPE "public"."alert_event_kind" AS ENUM('opened', 'notified', 'acknowledged', 'escalated', 'follow_up', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."alert_reason" AS ENUM('safety_item', 'urgent_band');--> statement-breakpoint
CREATE TYPE "public"."check_in_occasion" AS ENUM('intake', 'scheduled', 'discharge');--> statement-breakpoint
CREATE TYPE "public"."measure_instrument" AS ENUM('phq9', 'gad7', 'pcl5', 'auditc');--> statement-breakpoint
CREATE TABLE "measure_check_in_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"instrument" "measure_instrument" NOT NULL,
	"occasion" "check_in_occasion" NOT NULL,
	"due_on" date NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_check_in_drafts_one_per_check_in" UNIQUE("client_id","enrollment_id","instrument","occasion","due_on"),
	CONSTRAINT "measure_check_in_drafts_answers_object" CHECK (jsonb_typeof("measure_check_in_drafts"."answers") = 'object')
);
--> statement-breakpoint
CREATE TABLE "measure_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"instrument" "measure_instrument" NOT NULL,
	"instrument_version" text NOT NULL,
	"occasion" "check_in_occasion" NOT NULL,
	"due_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"total" smallint NOT NULL,
	"band_key" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entered_by_user_id" uuid,
	"supersedes_id" uuid,
	"correction_reason" text,
	CONSTRAINT "measure_responses_id_client_enrollment" UNIQUE("id","client_id","enrollment_id"),
	CONSTRAINT "measure_responses_superseded_once" UNIQUE("supersedes_id"),
	CONSTRAINT "measure_responses_answers_object" CHECK (jsonb_typeof("measure_responses"."answers") = 'object'),
	CONSTRAINT "measure_responses_total_non_negative" CHECK ("measure_responses"."total" >= 0),
	CONSTRAINT "measure_responses_correction_has_reason" CHECK (("measure_responses"."supersedes_id" is null) = ("measure_responses"."correction_reason" is null)),
	CONSTRAINT "measure_responses_correction_reason_given" CHECK ("measure_responses"."correction_reason" is null or btrim("measure_responses"."correction_reason") <> ''),
	CONSTRAINT "measure_responses_not_self_superseding" CHECK ("measure_responses"."supersedes_id" <> "measure_responses"."id")
);
--> statement-breakpoint
CREATE TABLE "safety_alert_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "safety_alert_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"alert_id" uuid NOT NULL,
	"kind" "alert_event_kind" NOT NULL,
	"action" "alert_action",
	"note" text,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_alert_events_action_recorded" CHECK ("safety_alert_events"."kind" not in ('acknowledged', 'follow_up') or "safety_alert_events"."action" is not null),
	CONSTRAINT "safety_alert_events_resolved_has_note" CHECK ("safety_alert_events"."kind" <> 'resolved' or ("safety_alert_events"."note" is not null and btrim("safety_alert_events"."note") <> '')),
	CONSTRAINT "safety_alert_events_staff_step_has_person" CHECK ("safety_alert_events"."kind" not in ('acknowledged', 'follow_up') or "safety_alert_events"."by_user_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "safety_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"reason" "alert_reason" NOT NULL,
	"detail" text,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledge_by" timestamp with time zone NOT NULL,
	CONSTRAINT "safety_alerts_once_per_response" UNIQUE NULLS NOT DISTINCT("response_id","reason","detail"),
	CONSTRAINT "safety_alerts_deadline_after_opening" CHECK ("safety_alerts"."acknowledge_by" > "safety_alerts"."opened_at")
);
--> statement-breakpoint
-- Moved above the foreign keys that reference it (drizzle-kit writes it last).
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_id_client" UNIQUE("id","client_id");--> statement-breakpoint
ALTER TABLE "measure_check_in_drafts" ADD CONSTRAINT "measure_check_in_drafts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_check_in_drafts" ADD CONSTRAINT "measure_check_in_drafts_enrollment_of_client" FOREIGN KEY ("enrollment_id","client_id") REFERENCES "public"."enrollments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_entered_by_user_id_users_id_fk" FOREIGN KEY ("entered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_enrollment_of_client" FOREIGN KEY ("enrollment_id","client_id") REFERENCES "public"."enrollments"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_supersedes_same_enrollment" FOREIGN KEY ("supersedes_id","client_id","enrollment_id") REFERENCES "public"."measure_responses"("id","client_id","enrollment_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alert_events" ADD CONSTRAINT "safety_alert_events_alert_id_safety_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."safety_alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alert_events" ADD CONSTRAINT "safety_alert_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_response_of_client" FOREIGN KEY ("response_id","client_id","enrollment_id") REFERENCES "public"."measure_responses"("id","client_id","enrollment_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_check_in_drafts_enrollment" ON "measure_check_in_drafts" USING btree ("enrollment_id");--> statement-breakpoint
CREATE INDEX "measure_responses_client_instrument_submitted" ON "measure_responses" USING btree ("client_id","instrument","submitted_at");--> statement-breakpoint
CREATE INDEX "measure_responses_client_instrument_due" ON "measure_responses" USING btree ("client_id","instrument","due_on","submitted_at");--> statement-breakpoint
CREATE INDEX "measure_responses_enrollment" ON "measure_responses" USING btree ("enrollment_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_alert_events_once_per_alert" ON "safety_alert_events" USING btree ("alert_id","kind") WHERE "safety_alert_events"."kind" in ('opened', 'escalated', 'resolved');--> statement-breakpoint
CREATE INDEX "safety_alert_events_alert_at" ON "safety_alert_events" USING btree ("alert_id","at");--> statement-breakpoint
CREATE INDEX "safety_alerts_client_opened" ON "safety_alerts" USING btree ("client_id","opened_at");--> statement-breakpoint
CREATE INDEX "safety_alerts_acknowledge_by" ON "safety_alerts" USING btree ("acknowledge_by");--> statement-breakpoint

-- Hand-written from here: drizzle-kit expresses neither triggers nor grants.

-- Check-in responses, safety alerts and their events are records of care: once written they may
-- not change or vanish (0004's reject_change_to_history names the table and the operation). A
-- response is corrected by a new one that supersedes it; an alert's state lives in its events.
CREATE TRIGGER "measure_responses_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "measure_responses"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "safety_alerts_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "safety_alerts"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "safety_alert_events_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "safety_alert_events"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
-- TRUNCATE fires no row triggers (as for the audit in 0001), so each gets a statement trigger too.
CREATE TRIGGER "measure_responses_no_truncate"
  BEFORE TRUNCATE ON "measure_responses"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "safety_alerts_no_truncate"
  BEFORE TRUNCATE ON "safety_alerts"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint
CREATE TRIGGER "safety_alert_events_no_truncate"
  BEFORE TRUNCATE ON "safety_alert_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change_to_history"();
--> statement-breakpoint

-- The app's grants (see 0011). Records of care are added to and read, never rewritten; the
-- events' identity draws its ids without a grant on the sequence. No row locks on them either
-- (those need UPDATE): two escalation runs are kept apart by safety_alert_events_once_per_alert.
GRANT SELECT, INSERT ON "measure_responses", "safety_alerts", "safety_alert_events" TO "stepwise_app";
--> statement-breakpoint
-- A draft is saved as the client answers and removed when the check-in is submitted.
GRANT SELECT, INSERT, UPDATE, DELETE ON "measure_check_in_drafts" TO "stepwise_app";
