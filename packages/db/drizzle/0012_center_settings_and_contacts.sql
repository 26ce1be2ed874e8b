CREATE TABLE "center_settings" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"name" text NOT NULL,
	"address_lines" text[] NOT NULL,
	"main_phone" text NOT NULL,
	"crisis_line" text NOT NULL,
	CONSTRAINT "center_settings_single" CHECK ("center_settings"."single"),
	CONSTRAINT "center_settings_has_address" CHECK (cardinality("center_settings"."address_lines") between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "emergency_contact_name" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "emergency_contact_relationship" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "emergency_contact_phone" text;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "address_lines" text[];--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "parking_directions" text;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_emergency_contact_whole" CHECK (("clients"."emergency_contact_name" is null) = ("clients"."emergency_contact_phone" is null) and ("clients"."emergency_contact_relationship" is null or "clients"."emergency_contact_name" is not null));--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_address_lines" CHECK ("programs"."address_lines" is null or cardinality("programs"."address_lines") between 1 and 4);--> statement-breakpoint

-- Hand-written from here. The center's row exists from the start, so every page and mail has a
-- name to show: the demo's fictional center (555-01xx numbers are reserved for fiction). A
-- deployment sets its own: UPDATE "center_settings" SET "name" = …, "address_lines" = ARRAY[…], …
INSERT INTO "center_settings" ("single", "name", "address_lines", "main_phone", "crisis_line") VALUES (
  true,
  'Harborview Behavioral Health',
  ARRAY['1200 Harbor Street, Suite 300', 'Boston, MA 02110'],
  '(617) 555-0100',
  '(617) 555-0142'
);
--> statement-breakpoint
-- Read by every page and mail; changed only by the deployment, as the owner.
GRANT SELECT ON "center_settings" TO "stepwise_app";
