import type { Executor } from "@stepwise/db/client";
import { consents, familyInvitations, familyMembers } from "@stepwise/db/schema";
import { familyMemberStanding } from "@stepwise/domain";
import { asc, desc, eq, sql } from "drizzle-orm";
import { consentColumns, consentView } from "./consents.queries";
import { groupBy } from "../core/group-by";

/**
 * Until when the member's newest unused link works: a fresh link retires the older ones, and a
 * used one opens nothing any more, so only the latest unused link counts.
 */
const newestOpenLinkUntil = sql<Date | null>`(
  select max(invitation.expires_at) from family_invitations invitation
  where invitation.family_member_id = "family_members"."id" and invitation.used_at is null
)`.mapWith(familyInvitations.expiresAt);

/**
 * The client's family members, each with where they stand and every consent the client gave them
 * (revoked and expired ones too), newest first. One reading for the client's family page and the
 * staff's client page, so both say the same about each person.
 */
export async function findFamilyOfClient(db: Executor, clientId: string, now: Date, order: "invited" | "name" = "invited") {
  const [members, consentRows] = await Promise.all([
    db
      .select({
        id: familyMembers.id,
        name: familyMembers.name,
        relationship: familyMembers.relationship,
        email: familyMembers.email,
        invitedAt: familyMembers.invitedAt,
        joinedAt: familyMembers.joinedAt,
        newestLinkUntil: newestOpenLinkUntil,
      })
      .from(familyMembers)
      .where(eq(familyMembers.clientId, clientId))
      .orderBy(...(order === "name" ? [asc(familyMembers.name)] : []), asc(familyMembers.invitedAt), asc(familyMembers.id)),
    db.select(consentColumns).from(consents).where(eq(consents.clientId, clientId)).orderBy(desc(consents.signedAt), desc(consents.id)),
  ]);
  const consentsOf = groupBy(consentRows, (row) => row.familyMemberId);
  return members.map(({ newestLinkUntil, ...member }) => {
    const standing = familyMemberStanding({ joinedAt: member.joinedAt, invitationExpiresAt: newestLinkUntil }, now);
    return {
      ...member,
      standing,
      /** Until when their current link works; null once joined or when no link works any more. */
      invitationExpiresAt: standing === "invited" ? newestLinkUntil : null,
      consents: (consentsOf.get(member.id) ?? []).map((row) => consentView(row, now)),
    };
  });
}
