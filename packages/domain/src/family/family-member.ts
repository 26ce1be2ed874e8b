import { z } from "zod";
import { emailAddressSchema } from "../accounts/email-address";
import { singleLineTextSchema } from "../common/text";

/** How a family member is related to the client, in the client's own choice of words. */
export const familyRelationships = [
  "spouse_or_partner",
  "parent",
  "child",
  "sibling",
  "grandparent",
  "other_relative",
  "friend",
  "other",
] as const;
export const familyRelationshipSchema = z.enum(familyRelationships);
export type FamilyRelationship = z.infer<typeof familyRelationshipSchema>;

export const familyRelationshipLabels: Record<FamilyRelationship, string> = {
  spouse_or_partner: "Spouse or partner",
  parent: "Parent",
  child: "Child",
  sibling: "Brother or sister",
  grandparent: "Grandparent",
  other_relative: "Other relative",
  friend: "Friend",
  other: "Someone else close to me",
};

/** A client's invitation to one person in their life. */
export const familyInvitationSchema = z.object({
  name: singleLineTextSchema.min(1, { message: "Give their name." }).max(120, { message: "A name is at most 120 characters." }),
  relationship: z.enum(familyRelationships, { message: "Choose how they are related to you." }),
  email: emailAddressSchema,
});
export type FamilyInvitation = z.infer<typeof familyInvitationSchema>;

/** How long an invitation link works. */
export const familyInvitationLifetimeDays = 7;

/** Where a family member stands with the client who invited them. */
export type FamilyMemberStanding = "invited" | "invitation_expired" | "joined";

/**
 * Where the person stands with the client: joined once they accepted; otherwise invited while
 * their newest unused link still works, and waiting on a new link once it has run out (or when
 * no link of theirs is left at all).
 */
export function familyMemberStanding(
  member: { joinedAt: Date | null; invitationExpiresAt: Date | null },
  now: Date,
): FamilyMemberStanding {
  if (member.joinedAt !== null) return "joined";
  return member.invitationExpiresAt !== null && member.invitationExpiresAt > now ? "invited" : "invitation_expired";
}
