-- Each level-of-care change names where it placed the client. Changes recorded before this
-- column existed are filled from their enrollment, which held one program throughout.
ALTER TABLE "level_of_care_changes" ADD COLUMN "program_id" uuid;--> statement-breakpoint
ALTER TABLE "level_of_care_changes" ADD COLUMN "schedule_option_id" uuid;--> statement-breakpoint
UPDATE "level_of_care_changes" AS "change"
  SET "program_id" = "enrollment"."program_id", "schedule_option_id" = "enrollment"."schedule_option_id"
  FROM "enrollments" AS "enrollment"
  WHERE "enrollment"."id" = "change"."enrollment_id";--> statement-breakpoint
ALTER TABLE "level_of_care_changes" ALTER COLUMN "program_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "level_of_care_changes" ADD CONSTRAINT "level_of_care_changes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_changes" ADD CONSTRAINT "level_of_care_changes_schedule_option_id_schedule_options_id_fk" FOREIGN KEY ("schedule_option_id") REFERENCES "public"."schedule_options"("id") ON DELETE no action ON UPDATE no action;
