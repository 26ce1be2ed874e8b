CREATE TYPE "public"."consent_expiry_event" AS ENUM('end_of_treatment');--> statement-breakpoint
CREATE TYPE "public"."consent_scope" AS ENUM('schedule', 'attendance_summary', 'plan_summary', 'family_sessions');--> statement-breakpoint
CREATE TYPE "public"."family_relationship" AS ENUM('spouse_or_partner', 'parent', 'child', 'sibling', 'grandparent', 'other_relative', 'friend', 'other');--> statement-breakpoint
CREATE TYPE "public"."sign_up_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"family_member_id" uuid NOT NULL,
	"scopes" "consent_scope"[] NOT NULL,
	"purpose" text NOT NULL,
	"expires_on" date,
	"expires_on_event" "consent_expiry_event",
	"signed_name" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revocation_statement" text NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "consents_has_scopes" CHECK (cardinality("consents"."scopes") >= 1),
	CONSTRAINT "consents_one_expiry" CHECK (("consents"."expires_on" is null) <> ("consents"."expires_on_event" is null)),
	CONSTRAINT "consents_revoked_after_signing" CHECK ("consents"."revoked_at" is null or "consents"."revoked_at" >= "consents"."signed_at")
);
--> statement-breakpoint
CREATE TABLE "family_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_member_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "family_invitations_expiry_after_creation" CHECK ("family_invitations"."expires_at" > "family_invitations"."created_at")
);
--> statement-breakpoint
CREATE TABLE "family_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"relationship" "family_relationship" NOT NULL,
	"email" text NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"joined_at" timestamp with time zone,
	CONSTRAINT "family_members_id_client" UNIQUE("id","client_id"),
	CONSTRAINT "family_members_client_email" UNIQUE("client_id","email"),
	CONSTRAINT "family_members_email_lowercase" CHECK ("family_members"."email" = lower("family_members"."email")),
	CONSTRAINT "family_members_joined_has_account" CHECK (("family_members"."user_id" is null) = ("family_members"."joined_at" is null))
);
--> statement-breakpoint
CREATE TABLE "family_session_sign_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"family_member_id" uuid,
	"user_id" uuid NOT NULL,
	"status" "sign_up_status" NOT NULL,
	"arrival" bigint GENERATED ALWAYS AS IDENTITY (sequence name "family_session_sign_ups_arrival_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "family_session_sign_ups_cancelled_dated" CHECK (("family_session_sign_ups"."status" = 'cancelled') = ("family_session_sign_ups"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_email" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_messages_kind_valid" CHECK ("outbox_messages"."kind" in ('family_invitation', 'waitlist_promotion', 'family_session_cancelled'))
);
--> statement-breakpoint
ALTER TABLE "program_sessions" ADD COLUMN "sign_up_cutoff_minutes" integer;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_family_member_of_client" FOREIGN KEY ("family_member_id","client_id") REFERENCES "public"."family_members"("id","client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_invitations" ADD CONSTRAINT "family_invitations_family_member_id_family_members_id_fk" FOREIGN KEY ("family_member_id") REFERENCES "public"."family_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_session_sign_ups" ADD CONSTRAINT "family_session_sign_ups_session_id_program_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."program_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_session_sign_ups" ADD CONSTRAINT "family_session_sign_ups_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_session_sign_ups" ADD CONSTRAINT "family_session_sign_ups_family_member_id_family_members_id_fk" FOREIGN KEY ("family_member_id") REFERENCES "public"."family_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_session_sign_ups" ADD CONSTRAINT "family_session_sign_ups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_family_member" ON "consents" USING btree ("family_member_id");--> statement-breakpoint
CREATE INDEX "consents_client" ON "consents" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "family_invitations_member" ON "family_invitations" USING btree ("family_member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "family_members_client_user" ON "family_members" USING btree ("client_id","user_id") WHERE "family_members"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "family_members_user" ON "family_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "family_session_sign_ups_one_per_person" ON "family_session_sign_ups" USING btree ("session_id","user_id") WHERE "family_session_sign_ups"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "family_session_sign_ups_session_arrival" ON "family_session_sign_ups" USING btree ("session_id","arrival");--> statement-breakpoint
CREATE INDEX "family_session_sign_ups_user" ON "family_session_sign_ups" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "outbox_messages_unsent" ON "outbox_messages" USING btree ("created_at") WHERE "outbox_messages"."sent_at" is null;--> statement-breakpoint
ALTER TABLE "program_sessions" ADD CONSTRAINT "program_sessions_sign_ups_are_family" CHECK ("program_sessions"."sign_up_cutoff_minutes" is null or ("program_sessions"."kind" = 'family' and "program_sessions"."capacity" is not null and "program_sessions"."sign_up_cutoff_minutes" >= 0 and "program_sessions"."schedule_option_id" is null));--> statement-breakpoint
-- A consent is never deleted or rewritten: the only change allowed is revoking it, once.
CREATE FUNCTION "consents_only_revoke"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'consents keep history: DELETE is not allowed';
  END IF;
  IF OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL
     OR (to_jsonb(NEW) - 'revoked_at') IS DISTINCT FROM (to_jsonb(OLD) - 'revoked_at') THEN
    RAISE EXCEPTION 'a consent can only be revoked, once';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "consents_revoke_only"
  BEFORE UPDATE OR DELETE ON "consents"
  FOR EACH ROW EXECUTE FUNCTION "consents_only_revoke"();--> statement-breakpoint
CREATE TRIGGER "family_session_sign_ups_no_delete"
  BEFORE DELETE ON "family_session_sign_ups"
  FOR EACH ROW EXECUTE FUNCTION "reject_change_to_history"();--> statement-breakpoint
-- Confirmed seats never exceed the session's capacity. The session row is locked first, so
-- concurrent sign-ups for one session are served one at a time, whatever the calling code does.
CREATE FUNCTION "family_session_sign_ups_within_capacity"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  seats integer;
  taken integer;
BEGIN
  IF NEW.status <> 'confirmed' THEN
    RETURN NEW;
  END IF;
  SELECT capacity INTO seats FROM program_sessions WHERE id = NEW.session_id FOR UPDATE;
  SELECT count(*) INTO taken FROM family_session_sign_ups
    WHERE session_id = NEW.session_id AND status = 'confirmed' AND id <> NEW.id;
  IF seats IS NULL OR taken >= seats THEN
    RAISE EXCEPTION 'family session % is full', NEW.session_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'family_session_sign_ups_within_capacity';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "family_session_sign_ups_capacity"
  BEFORE INSERT OR UPDATE OF status ON "family_session_sign_ups"
  FOR EACH ROW EXECUTE FUNCTION "family_session_sign_ups_within_capacity"();
