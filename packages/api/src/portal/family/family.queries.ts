import type { Executor } from "@stepwise/db/client";
import { clients, consents, familyInvitations, familyMembers, users } from "@stepwise/db/schema";
import { rightToRevokeStatement, type ConsentGrant } from "@stepwise/domain";
import { consentColumns, expiryColumns } from "../../queries/consents.queries";
import { and, eq, gt, isNull, sql } from "drizzle-orm";

const memberColumns = {
  id: familyMembers.id,
  clientId: familyMembers.clientId,
  userId: familyMembers.userId,
  name: familyMembers.name,
  relationship: familyMembers.relationship,
  email: familyMembers.email,
  joinedAt: familyMembers.joinedAt,
};

export type ScopedFamilyMember = Awaited<ReturnType<typeof lockFamilyMember>>;

/** One of the client's own family members, locked for a change; null when it isn't theirs (or doesn't exist). */
export async function lockFamilyMember(tx: Executor, clientId: string, familyMemberId: string) {
  const [member] = await tx
    .select(memberColumns)
    .from(familyMembers)
    .where(and(eq(familyMembers.id, familyMemberId), eq(familyMembers.clientId, clientId)))
    .for("update");
  return member ?? null;
}

/** One of the client's own family members, read only; null when it isn't theirs (or doesn't exist). */
export async function findFamilyMember(db: Executor, clientId: string, familyMemberId: string) {
  const [member] = await db
    .select(memberColumns)
    .from(familyMembers)
    .where(and(eq(familyMembers.id, familyMemberId), eq(familyMembers.clientId, clientId)));
  return member ?? null;
}

/**
 * Whose family member this id is, read only to name the client in the audit of a refused attempt:
 * the answer to the caller stays "not found" either way.
 */
export async function ownerOfFamilyMember(db: Executor, familyMemberId: string): Promise<string | null> {
  const [row] = await db.select({ clientId: familyMembers.clientId }).from(familyMembers).where(eq(familyMembers.id, familyMemberId));
  return row?.clientId ?? null;
}

/** Whose consent this id is, for the audit of a refused attempt only. */
export async function ownerOfConsent(db: Executor, consentId: string): Promise<string | null> {
  const [row] = await db.select({ clientId: consents.clientId }).from(consents).where(eq(consents.id, consentId));
  return row?.clientId ?? null;
}

/** The client's names and own account email, as an invitation and a signature need them. */
export async function findClientNames(db: Executor, clientId: string) {
  const [client] = await db
    .select({
      firstName: clients.firstName,
      lastName: clients.lastName,
      preferredName: clients.preferredName,
      accountEmail: users.email,
    })
    .from(clients)
    .leftJoin(users, eq(users.id, clients.userId))
    .where(eq(clients.id, clientId));
  return client ?? null;
}

/**
 * Adds the family member, or — when this client already invited that email — locks the existing
 * row. One statement decides, so two invitations of one email at once make one family member.
 */
export async function addOrLockFamilyMember(
  tx: Executor,
  values: { clientId: string; name: string; relationship: typeof familyMembers.$inferInsert.relationship; email: string; invitedAt: Date },
): Promise<{ member: NonNullable<ScopedFamilyMember>; added: boolean }> {
  const [added] = await tx.insert(familyMembers).values(values).onConflictDoNothing({ target: [familyMembers.clientId, familyMembers.email] }).returning(memberColumns);
  if (added) return { member: added, added: true };
  const [existing] = await tx
    .select(memberColumns)
    .from(familyMembers)
    .where(and(eq(familyMembers.clientId, values.clientId), eq(familyMembers.email, values.email)))
    .for("update");
  if (!existing) throw new Error("family member vanished between insert and select");
  return { member: existing, added: false };
}

/**
 * Stops every link of this family member that still works: only the newest link may be used. A
 * link always ends after it was made (a table check), even one made a moment "later" by a server
 * whose clock runs ahead of this one.
 */
export async function retireOpenInvitations(tx: Executor, familyMemberId: string, now: Date) {
  await tx
    .update(familyInvitations)
    .set({ expiresAt: sql`greatest(${now.toISOString()}::timestamptz, ${familyInvitations.createdAt} + interval '1 millisecond')` })
    .where(and(eq(familyInvitations.familyMemberId, familyMemberId), isNull(familyInvitations.usedAt), gt(familyInvitations.expiresAt, now)));
}

/** A new invitation of someone already invited: the client's latest words for them count. */
export async function renameInvitedFamilyMember(
  tx: Executor,
  familyMemberId: string,
  values: { name: string; relationship: typeof familyMembers.$inferInsert.relationship; invitedAt: Date },
) {
  await tx.update(familyMembers).set(values).where(eq(familyMembers.id, familyMemberId));
}

/** Stores a new link for the family member; only the token's hash is kept. */
export async function insertInvitation(tx: Executor, invitation: { familyMemberId: string; tokenHash: string; expiresAt: Date; createdAt: Date }) {
  await tx.insert(familyInvitations).values(invitation);
}

/** Stores a consent exactly as the client signed it, with the revocation statement they were shown. */
export async function insertConsent(tx: Executor, consent: { clientId: string; familyMemberId: string; grant: ConsentGrant; signedAt: Date }) {
  const { grant } = consent;
  const [row] = await tx
    .insert(consents)
    .values({
      clientId: consent.clientId,
      familyMemberId: consent.familyMemberId,
      scopes: grant.scopes,
      purpose: grant.purpose,
      ...expiryColumns(grant.expiry),
      signedName: grant.signedName,
      signedAt: consent.signedAt,
      revocationStatement: rightToRevokeStatement,
    })
    .returning({ id: consents.id });
  return row!.id;
}

/** Which family member a consent of this client's names; null when it is not one of theirs. */
export async function findConsentOfClient(tx: Executor, clientId: string, consentId: string) {
  const [found] = await tx
    .select({ familyMemberId: consents.familyMemberId })
    .from(consents)
    .where(and(eq(consents.id, consentId), eq(consents.clientId, clientId)));
  return found ?? null;
}

/**
 * Every consent of this client to this person, locked in id order (the order a sign-up holds them
 * in, for share), so two revocations at once run one after the other.
 */
export function lockConsentsBetween(tx: Executor, clientId: string, familyMemberId: string) {
  return tx
    .select({ id: consents.id, familyMemberId: consents.familyMemberId, revokedAt: consents.revokedAt })
    .from(consents)
    .where(and(eq(consents.clientId, clientId), eq(consents.familyMemberId, familyMemberId)))
    .orderBy(consents.id)
    .for("update");
}

/**
 * The consents of this client to this person not yet revoked, locked in id order (as
 * lockConsentsBetween), read with everything their standing depends on: what a new consent to
 * them replaces, among those still in force.
 */
export function lockUnrevokedConsentsBetween(tx: Executor, clientId: string, familyMemberId: string) {
  return tx
    .select(consentColumns)
    .from(consents)
    .where(and(eq(consents.clientId, clientId), eq(consents.familyMemberId, familyMemberId), isNull(consents.revokedAt)))
    .orderBy(consents.id)
    .for("update", { of: consents });
}

/** Revokes a consent from `now`, never before its signature, even when this server's clock is behind the one that recorded it. */
export async function markConsentRevoked(tx: Executor, consentId: string, now: Date) {
  await tx
    .update(consents)
    .set({ revokedAt: sql`greatest(${now.toISOString()}::timestamptz, ${consents.signedAt})` })
    .where(eq(consents.id, consentId));
}

/** The account a family member joined with, if they have. */
export async function findFamilyMemberAccount(tx: Executor, familyMemberId: string): Promise<string | null> {
  const [member] = await tx.select({ userId: familyMembers.userId }).from(familyMembers).where(eq(familyMembers.id, familyMemberId));
  return member?.userId ?? null;
}
