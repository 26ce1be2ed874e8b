-- One audit row per request, naming every client it showed or changed: a board of 2,000 clients
-- writes one row, and "who saw this client" is one indexed query on the array.
ALTER TABLE "audit_events" ADD COLUMN "subject_client_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- The rows already written keep the client they name. Carrying that value into the new column is
-- the one change the append-only trigger is set aside for, within this migration's transaction.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_or_delete";--> statement-breakpoint
UPDATE "audit_events" SET "subject_client_ids" = ARRAY["subject_client_id"] WHERE "subject_client_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_or_delete";--> statement-breakpoint
DROP INDEX "audit_events_subject_at";--> statement-breakpoint
ALTER TABLE "audit_events" DROP COLUMN "subject_client_id";--> statement-breakpoint
CREATE INDEX "audit_events_subject_client_ids" ON "audit_events" USING gin ("subject_client_ids");
