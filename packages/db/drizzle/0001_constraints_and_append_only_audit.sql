-- Constraints drizzle-kit cannot express: written by hand, applied by the same migrator.

-- btree_gist lets a GiST index compare plain uuids with `=` next to the range `&&`.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint

-- A client's enrollments never overlap in time, whatever their status: a referral or a later
-- program starts when the previous enrollment ends (ends_on is exclusive), and an open
-- enrollment (ends_on null) runs to infinity, so nothing may start after it until it is ended.
-- This is "at most one active enrollment per client", enforced also under concurrent inserts.
ALTER TABLE "enrollments"
  ADD CONSTRAINT "enrollments_no_overlap"
  EXCLUDE USING gist ("client_id" WITH =, daterange("starts_on", "ends_on", '[)') WITH &&);
--> statement-breakpoint

-- The audit trail is append-only: a row, once written, is evidence and may not change or vanish.
CREATE FUNCTION "audit_events_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation',
          HINT = 'Record a new audit event instead of changing or removing one.';
END;
$$;
--> statement-breakpoint

CREATE TRIGGER "audit_events_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_reject_change"();
--> statement-breakpoint

-- TRUNCATE fires no row triggers, so it needs a statement trigger of its own.
CREATE TRIGGER "audit_events_no_truncate"
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_reject_change"();
