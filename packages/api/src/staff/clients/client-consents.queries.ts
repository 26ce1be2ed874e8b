import type { Executor } from "@stepwise/db/client";
import { consents, familyInvitations, familyMembers } from "@stepwise/db/schema";
import { asc, desc, eq, inArray, max } from "drizzle-orm";
import { consentColumns } from "../../consents";

/** The client's family members by name, each with when their latest invitation link stops working. */
export async function findFamilyMembers(db: Executor, clientId: string) {
  const members = await db
    .select({
      id: familyMembers.id,
      name: familyMembers.name,
      relationship: familyMembers.relationship,
      email: familyMembers.email,
      invitedAt: familyMembers.invitedAt,
      joinedAt: familyMembers.joinedAt,
    })
    .from(familyMembers)
    .where(eq(familyMembers.clientId, clientId))
    .orderBy(asc(familyMembers.name), asc(familyMembers.invitedAt));
  if (members.length === 0) return [];
  const invitations = await db
    .select({ familyMemberId: familyInvitations.familyMemberId, expiresAt: max(familyInvitations.expiresAt) })
    .from(familyInvitations)
    .where(
      inArray(
        familyInvitations.familyMemberId,
        members.map((member) => member.id),
      ),
    )
    .groupBy(familyInvitations.familyMemberId);
  const latestExpiry = new Map(invitations.map((invitation) => [invitation.familyMemberId, invitation.expiresAt]));
  return members.map((member) => ({ ...member, invitationExpiresAt: latestExpiry.get(member.id) ?? null }));
}

/** Every consent the client ever gave (revoked and expired ones too), newest first. */
export function findConsentsOfClient(db: Executor, clientId: string) {
  return db.select(consentColumns).from(consents).where(eq(consents.clientId, clientId)).orderBy(desc(consents.signedAt));
}
