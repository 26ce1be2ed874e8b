CREATE TABLE "audit_chain_head" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"last_id" bigint,
	"hash" text,
	CONSTRAINT "audit_chain_head_single" CHECK ("audit_chain_head"."single")
);
--> statement-breakpoint

-- Hand-written from here: drizzle-kit expresses neither triggers nor roles.

-- The audit chain takes its turn on the head row instead of an advisory lock. 0010's trigger
-- read the previous hash from audit_events under the lock, which is right in READ COMMITTED (each
-- statement of the trigger sees what committed before the lock was granted) but not in a
-- repeatable-read or serializable transaction: its snapshot may predate the last writer's commit,
-- so it took the row before that one as its predecessor and forked the chain. Locking the head
-- row `for update` waits for the writer before, then reads the row as it committed (READ
-- COMMITTED), or refuses with a serialization failure when the snapshot is too old to see it (the
-- caller retries), so every row links to the one committed just before it. Rows of one
-- multi-row INSERT take their turns in order: each sees the head the previous one left.
-- Inserts wait while the head is set from the newest row.
LOCK TABLE "audit_events" IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
INSERT INTO "audit_chain_head" ("single", "last_id", "hash") VALUES (
  true,
  (SELECT "id" FROM "audit_events" ORDER BY "id" DESC LIMIT 1),
  (SELECT "hash" FROM "audit_events" ORDER BY "id" DESC LIMIT 1)
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "audit_events_chain"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head "audit_chain_head";
BEGIN
  -- STRICT: without its head the chain takes no row, rather than starting a second chain.
  SELECT * INTO STRICT head FROM "audit_chain_head" WHERE "single" FOR UPDATE;
  NEW.id := nextval(pg_get_serial_sequence('public.audit_events', 'id'));
  NEW.at := clock_timestamp();
  NEW.previous_hash := head.hash;
  NEW.hash := "audit_event_hash"(NEW);
  UPDATE "audit_chain_head" SET "last_id" = NEW.id, "hash" = NEW.hash WHERE "single";
  RETURN NEW;
END;
$$;
--> statement-breakpoint

-- The apps' role. It owns nothing and holds only the privileges the code needs, so neither a bug
-- nor an injected statement can disable the audit's triggers, rewrite its history or change the
-- schema: ALTER, DROP and DISABLE TRIGGER need ownership, session_replication_role needs a
-- superuser. NOLOGIN here: whether it signs in itself (with which password) or through a login
-- role granted it is the deployment's decision (see packages/db/src/roles.ts). Roles belong to
-- the whole server while grants belong to each database, so the role is made only if missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stepwise_app') THEN
    CREATE ROLE "stepwise_app" NOLOGIN;
  END IF;
EXCEPTION
  -- Another database on this server was migrated at the same moment and made it first.
  WHEN duplicate_object OR unique_violation THEN NULL;
  WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'the role stepwise_app does not exist and % may not create it', current_user
      USING HINT = 'Create it once as a role that may (CREATE ROLE stepwise_app NOLOGIN), then migrate again.';
END;
$$;
--> statement-breakpoint

-- Nobody but the owner creates objects here (PostgreSQL 15 and later already say so; older
-- servers let everyone), and functions are the owner's unless granted: triggers run without the
-- caller's EXECUTE, and the app calls none of ours.
REVOKE CREATE ON SCHEMA "public" FROM PUBLIC;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "public" TO "stepwise_app";
--> statement-breakpoint
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA "public" FROM PUBLIC;
--> statement-breakpoint
-- What the owner creates later is granted to nobody until a migration says so, and a table
-- without its grant fails the tests, which run as the app.
ALTER DEFAULT PRIVILEGES REVOKE ALL ON TABLES FROM PUBLIC;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES REVOKE ALL ON SEQUENCES FROM PUBLIC;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
--> statement-breakpoint

-- Start from nothing, then per table what the code does with it (packages/api, packages/auth).
-- Never TRUNCATE, REFERENCES or TRIGGER: foreign keys are checked as the owner. Row locks
-- (`for update`, `for share`) need UPDATE, so only tables the app updates are locked.
REVOKE ALL ON ALL TABLES IN SCHEMA "public" FROM "stepwise_app";
--> statement-breakpoint
REVOKE ALL ON ALL SEQUENCES IN SCHEMA "public" FROM "stepwise_app";
--> statement-breakpoint
-- The audit: written and read (the privacy officer's search, a client's "who has seen my
-- information"), never changed. The column default draws the id as the inserting role; the
-- trigger then sets id, at and the chain as the owner.
GRANT SELECT, INSERT ON "audit_events" TO "stepwise_app";
--> statement-breakpoint
GRANT USAGE ON SEQUENCE "audit_events_id_seq" TO "stepwise_app";
--> statement-breakpoint
-- Mail is queued, never read back: bodies hold single-use links until a delivery worker (a role
-- of its own) sends them.
GRANT INSERT ON "outbox_messages" TO "stepwise_app";
--> statement-breakpoint
-- Records that keep history: added to, never rewritten. attendance_revisions is written by
-- attendance's trigger, which runs as the app.
GRANT SELECT, INSERT ON "attendance_revisions", "enrollment_status_changes", "level_of_care_changes", "recertifications" TO "stepwise_app";
--> statement-breakpoint
-- Staff accounts are made outside the app.
GRANT SELECT ON "staff_members" TO "stepwise_app";
--> statement-breakpoint
-- Changed as the work goes (consents only revoked, attendance only corrected: their triggers say so).
GRANT SELECT, INSERT, UPDATE ON
  "attendance", "clients", "consents", "enrollments", "family_invitations", "family_members",
  "family_session_sign_ups", "password_setup_tokens", "programs", "schedule_options",
  "session_templates", "sign_in_attempts", "user_sessions", "users"
  TO "stepwise_app";
--> statement-breakpoint
-- Also removed: a session a template no longer holds, rate-limit windows gone by, a second
-- factor reset and recovery codes replaced.
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "program_sessions", "rate_limit_windows", "recovery_codes", "totp_factors"
  TO "stepwise_app";
--> statement-breakpoint
-- A care-team assignment is added or ended, never edited.
GRANT SELECT, INSERT, DELETE ON "care_team_members" TO "stepwise_app";
