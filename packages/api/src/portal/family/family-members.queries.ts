import type { Executor } from "@stepwise/db/client";
import { consents, familyInvitations, familyMembers } from "@stepwise/db/schema";
import type { FamilyMemberStanding } from "@stepwise/domain";
import { asc, desc, eq, sql } from "drizzle-orm";
import { consentColumns, expiryOf, standingOf } from "../../consents";
import { groupBy } from "../../group-by";

/**
 * Until when the member's newest link works, if any link of theirs still might: unused links only
 * (a fresh link retires the older ones, so the latest is the one that counts).
 */
const openInvitationUntil = sql<Date | null>`(
  select max(invitation.expires_at) from family_invitations invitation
  where invitation.family_member_id = "family_members"."id" and invitation.used_at is null
)`.mapWith(familyInvitations.expiresAt);

/** Where the person stands with the client: joined, or waiting on a link that works or has run out. */
export function familyMemberStanding(member: { joinedAt: Date | null; invitationUntil: Date | null }, now: Date): FamilyMemberStanding {
  if (member.joinedAt !== null) return "joined";
  return member.invitationUntil !== null && member.invitationUntil > now ? "invited" : "invitation_expired";
}

/** The client's family members, each with every consent the client gave them, newest first. */
export async function findFamilyMembers(db: Executor, clientId: string, now: Date) {
  const [members, consentRows] = await Promise.all([
    db
      .select({
        id: familyMembers.id,
        name: familyMembers.name,
        relationship: familyMembers.relationship,
        email: familyMembers.email,
        invitedAt: familyMembers.invitedAt,
        joinedAt: familyMembers.joinedAt,
        invitationUntil: openInvitationUntil,
      })
      .from(familyMembers)
      .where(eq(familyMembers.clientId, clientId))
      .orderBy(asc(familyMembers.invitedAt), asc(familyMembers.id)),
    db.select(consentColumns).from(consents).where(eq(consents.clientId, clientId)).orderBy(desc(consents.signedAt), desc(consents.id)),
  ]);
  const consentsOf = groupBy(consentRows, (row) => row.familyMemberId);
  return members.map(({ invitationUntil, ...member }) => ({
    ...member,
    standing: familyMemberStanding({ joinedAt: member.joinedAt, invitationUntil }, now),
    /** Until when the current link works; null once joined or when no link works any more. */
    invitationExpiresAt: member.joinedAt === null && invitationUntil !== null && invitationUntil > now ? invitationUntil : null,
    consents: (consentsOf.get(member.id) ?? []).map((row) => ({
      id: row.id,
      scopes: row.scopes,
      purpose: row.purpose,
      expiry: expiryOf(row),
      signedName: row.signedName,
      signedAt: row.signedAt,
      revokedAt: row.revokedAt,
      standing: standingOf(row, now),
    })),
  }));
}

export type FamilyMemberView = Awaited<ReturnType<typeof findFamilyMembers>>[number];
