ALTER TABLE "family_session_sign_ups" DROP CONSTRAINT "family_session_sign_ups_family_member_id_family_members_id_fk";
--> statement-breakpoint
ALTER TABLE "family_session_sign_ups" ADD CONSTRAINT "family_session_sign_ups_family_member_of_client" FOREIGN KEY ("family_member_id","client_id") REFERENCES "public"."family_members"("id","client_id") ON DELETE no action ON UPDATE no action;