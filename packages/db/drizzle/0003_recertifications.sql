CREATE TABLE "recertifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"level" "care_level" NOT NULL,
	"certified_on" date NOT NULL,
	"certified_by_staff_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recertifications" ADD CONSTRAINT "recertifications_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recertifications" ADD CONSTRAINT "recertifications_certified_by_staff_id_staff_members_id_fk" FOREIGN KEY ("certified_by_staff_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recertifications_enrollment" ON "recertifications" USING btree ("enrollment_id","certified_on");