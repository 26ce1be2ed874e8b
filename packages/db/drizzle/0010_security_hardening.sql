ALTER TYPE "public"."staff_role" ADD VALUE 'privacy_officer';--> statement-breakpoint
CREATE TABLE "rate_limit_windows" (
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"uses" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rate_limit_windows_action_subject_window_start_pk" PRIMARY KEY("action","subject","window_start"),
	CONSTRAINT "rate_limit_windows_uses_positive" CHECK ("rate_limit_windows"."uses" > 0)
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "totp_factors" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"encrypted_secret" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"last_used_step" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_kind_valid";--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "previous_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "password_setup_tokens" ADD COLUMN "purpose" text DEFAULT 'setup' NOT NULL;--> statement-breakpoint
ALTER TABLE "user_sessions" ADD COLUMN "second_factor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "totp_factors" ADD CONSTRAINT "totp_factors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_limit_windows_window_start" ON "rate_limit_windows" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "recovery_codes_user" ON "recovery_codes" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "password_setup_tokens" ADD CONSTRAINT "password_setup_tokens_purpose_valid" CHECK ("password_setup_tokens"."purpose" in ('setup', 'reset'));--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_kind_valid" CHECK ("outbox_messages"."kind" in ('family_invitation', 'waitlist_promotion', 'family_session_cancelled', 'password_reset'));
--> statement-breakpoint

-- The audit trail's hash chain. Every field of a row, each quoted (so a null and an empty text
-- differ), joined with the hash of the row before: a changed, removed or inserted-after-the-fact
-- row breaks the chain from there on. `pnpm audit:verify` recomputes it with this same function.
CREATE FUNCTION "audit_event_hash"(event "audit_events") RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    quote_nullable(event.previous_hash),
    event.id::text,
    to_char(event.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    quote_nullable(event.actor_user_id::text),
    quote_nullable(event.actor_kind::text),
    quote_nullable(event.action),
    quote_nullable(event.outcome),
    quote_nullable(event.subject_client_ids::text),
    quote_nullable(event.resource_type),
    quote_nullable(event.resource_id),
    quote_nullable(event.detail::text)
  ), 'UTF8')), 'hex')
$$;
--> statement-breakpoint

-- Existing rows join the chain in the order they were written.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_or_delete";
--> statement-breakpoint
DO $$
DECLARE
  event "audit_events";
  previous text := NULL;
BEGIN
  FOR event IN SELECT * FROM "audit_events" ORDER BY "id" LOOP
    event.previous_hash := previous;
    previous := "audit_event_hash"(event);
    UPDATE "audit_events" SET "previous_hash" = event.previous_hash, "hash" = previous WHERE "id" = event.id;
  END LOOP;
END;
$$;
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_or_delete";
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_hash_set" CHECK ("hash" IS NOT NULL);
--> statement-breakpoint

-- On insert the database, not the writer, decides the row's place and time: one writer at a time
-- takes the next id, the clock's time and the previous row's hash (the lock is held to commit, so
-- the next writer reads this row's hash). Whatever id, at or hash an insert names is overwritten,
-- so nobody can back-date a row or splice one into the past. SECURITY DEFINER: a role that may
-- only insert into audit_events can still read the chain's head here.
CREATE FUNCTION "audit_events_chain"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727270003);
  NEW.id := nextval(pg_get_serial_sequence('public.audit_events', 'id'));
  NEW.at := clock_timestamp();
  SELECT "hash" INTO NEW.previous_hash FROM "audit_events" ORDER BY "id" DESC LIMIT 1;
  NEW.hash := "audit_event_hash"(NEW);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_events_chain"
  BEFORE INSERT ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_chain"();
