ALTER TABLE "enrollments" ADD COLUMN "referral_closed_on" date;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_referral_closed_when_discharged" CHECK ("enrollments"."referral_closed_on" is null or "enrollments"."status" = 'discharged');--> statement-breakpoint

-- Referrals closed before this column existed: discharged without ever starting (no admission in
-- the level-of-care history), closed on the day of their closing status change.
UPDATE "enrollments" AS "enrollment"
  SET "referral_closed_on" = coalesce(
    (SELECT max("change"."effective_on") FROM "enrollment_status_changes" AS "change"
      WHERE "change"."enrollment_id" = "enrollment"."id" AND "change"."to_status" = 'discharged'),
    "enrollment"."created_at"::date)
  WHERE "enrollment"."status" = 'discharged'
    AND NOT EXISTS (SELECT 1 FROM "level_of_care_changes" AS "level" WHERE "level"."enrollment_id" = "enrollment"."id");--> statement-breakpoint

-- Written by hand: drizzle-kit does not model exclusion constraints (0001 added this one by hand).
-- A referral closed before it started held no days of care, yet its stored period (it must end
-- after it begins) would still cover the day it closed or its planned start, and refuse a new
-- referral on those days. So the constraint now leaves closed referrals out; every other
-- enrollment, whatever its status, still may not overlap another of the same client.
--
-- Postgres checks a row against its table's unique and exclusion indexes in the order they were
-- created, and reports the first refusal. The one-open-enrollment index is rebuilt after the
-- overlap constraint so that order (overlap first) stays as it was, and with it the refusal
-- staff see when both apply.
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_no_overlap";--> statement-breakpoint
DROP INDEX "enrollments_one_open_per_client";--> statement-breakpoint
ALTER TABLE "enrollments"
  ADD CONSTRAINT "enrollments_no_overlap"
  EXCLUDE USING gist ("client_id" WITH =, daterange("starts_on", "ends_on", '[)') WITH &&)
  WHERE ("referral_closed_on" IS NULL);--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_one_open_per_client" ON "enrollments" USING btree ("client_id") WHERE "enrollments"."status" <> 'discharged';
