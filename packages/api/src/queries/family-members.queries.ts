import type { Executor } from "@stepwise/db/client";
import { consents, familyInvitations, familyMembers, familySessionSignUps, programSessions, programs } from "@stepwise/db/schema";
import { familyMemberStanding } from "@stepwise/domain";
import { and, asc, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
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
 * (revoked and expired ones too), newest first, and the places each holds in the client's family
 * sessions still to come (what stopping their sharing would give up). One reading for the
 * client's family page and the staff's client page, so both say the same about each person.
 */
export async function findFamilyOfClient(db: Executor, clientId: string, now: Date, order: "invited" | "name" = "invited") {
  const [members, consentRows, placeRows] = await Promise.all([
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
    db
      .select({
        familyMemberId: familySessionSignUps.familyMemberId,
        status: familySessionSignUps.status,
        startsAt: programSessions.startsAt,
        timeZone: programs.timeZone,
      })
      .from(familySessionSignUps)
      .innerJoin(programSessions, eq(programSessions.id, familySessionSignUps.sessionId))
      .innerJoin(programs, eq(programs.id, programSessions.programId))
      .where(
        and(
          eq(familySessionSignUps.clientId, clientId),
          ne(familySessionSignUps.status, "cancelled"),
          isNull(programSessions.cancelledAt),
          gt(programSessions.startsAt, now),
        ),
      )
      .orderBy(asc(programSessions.startsAt), asc(programSessions.id)),
  ]);
  const consentsOf = groupBy(consentRows, (row) => row.familyMemberId);
  const placesOf = groupBy(placeRows, (row) => row.familyMemberId);
  return members.map(({ newestLinkUntil, ...member }) => {
    const standing = familyMemberStanding({ joinedAt: member.joinedAt, invitationExpiresAt: newestLinkUntil }, now);
    return {
      ...member,
      standing,
      /** Until when their current link works; null once joined or when no link works any more. */
      invitationExpiresAt: standing === "invited" ? newestLinkUntil : null,
      consents: (consentsOf.get(member.id) ?? []).map((row) => consentView(row, now)),
      /** Their seats and waitlist places in the client's family sessions not yet begun, soonest first. */
      places: (placesOf.get(member.id) ?? []).map(({ status, startsAt, timeZone }) => ({ status, startsAt, timeZone })),
    };
  });
}
