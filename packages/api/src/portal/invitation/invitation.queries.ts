import type { Executor } from "@stepwise/db/client";
import { auditEvents, clients, familyInvitations, familyMembers, users } from "@stepwise/db/schema";
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import { hashToken } from "../../services/tokens";

const invitationColumns = {
  invitationId: familyInvitations.id,
  familyMemberId: familyMembers.id,
  clientId: familyMembers.clientId,
  name: familyMembers.name,
  email: familyMembers.email,
  client: { firstName: clients.firstName, preferredName: clients.preferredName },
};

/** Only a link that is unused, unexpired and whose person hasn't joined yet can be used. */
const usable = (now: Date) => and(isNull(familyInvitations.usedAt), gt(familyInvitations.expiresAt, now), isNull(familyMembers.joinedAt));

function selectInvitation(db: Executor, token: string, now: Date) {
  return db
    .select(invitationColumns)
    .from(familyInvitations)
    .innerJoin(familyMembers, eq(familyMembers.id, familyInvitations.familyMemberId))
    .innerJoin(clients, eq(clients.id, familyMembers.clientId))
    .where(and(eq(familyInvitations.tokenHash, hashToken(token)), usable(now)));
}

/** The invitation a token opens, if it can still be used; null for unknown, used and expired links alike. */
export async function findUsableInvitation(db: Executor, token: string, now: Date) {
  const [found] = await selectInvitation(db, token, now);
  return found ?? null;
}

/**
 * The same, with the invitation and its family member locked until the transaction ends, so one
 * link is accepted once even when it is opened twice at the same moment. The second waits, then
 * reads the link as used.
 */
export async function lockUsableInvitation(tx: Executor, token: string, now: Date) {
  const [found] = await selectInvitation(tx, token, now).for("update", { of: [familyInvitations, familyMembers] });
  return found ?? null;
}

export type UsableInvitation = NonNullable<Awaited<ReturnType<typeof findUsableInvitation>>>;

/** The account that already uses this email, of whatever kind. */
export async function findAccountByEmail(db: Executor, email: string) {
  const [account] = await db
    .select({
      id: users.id,
      kind: users.kind,
      passwordHash: users.passwordHash,
      disabledAt: users.disabledAt,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .where(eq(users.email, email));
  return account ?? null;
}

/** Wrong passwords typed for this account on invitation links since `since`, from the audit trail. */
export async function countWrongPasswords(db: Executor, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, acceptAction),
        eq(auditEvents.outcome, "denied"),
        eq(auditEvents.resourceType, "user"),
        eq(auditEvents.resourceId, userId),
        sql`${auditEvents.detail}->>'reason' = ${wrongPasswordReason}`,
        gt(auditEvents.at, since),
      ),
    );
  return row?.count ?? 0;
}

/** The audit action of accepting an invitation, allowed or refused: the procedure's path, as the ladder writes it. */
export const acceptAction = "invitation.accept";
/** The audited reason of a refusal for a wrong password, as countWrongPasswords reads it back. */
export const wrongPasswordReason = "wrong_password";

/**
 * A new family account with the invited email; null when an account with that email was made a
 * moment ago (another invitation to the same email, accepted at once).
 */
export async function insertFamilyAccount(db: Executor, account: { email: string; passwordHash: string; displayName: string }): Promise<string | null> {
  const [created] = await db
    .insert(users)
    .values({ ...account, kind: "family" })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return created?.id ?? null;
}

/** Marks the invited person joined as this account and spends the link. */
export async function spendInvitation(db: Executor, invitation: { invitationId: string; familyMemberId: string }, userId: string, now: Date) {
  await db.update(familyMembers).set({ userId, joinedAt: now }).where(eq(familyMembers.id, invitation.familyMemberId));
  await db.update(familyInvitations).set({ usedAt: now }).where(eq(familyInvitations.id, invitation.invitationId));
}
