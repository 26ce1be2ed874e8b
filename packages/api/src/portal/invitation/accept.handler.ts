import { signInThrottle } from "@stepwise/auth";
import { checkPasswordPolicy, hashPassword, verifyPassword } from "@stepwise/auth/password";
import type { Transaction } from "@stepwise/db/client";
import { familyInvitations, familyMembers, users } from "@stepwise/db/schema";
import { refusalMessage } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit";
import { fail } from "../../errors";
import type { AcceptInvitationInput } from "./accept.input";
import {
  acceptAction,
  countWrongPasswords,
  findAccountByEmail,
  lockUsableInvitation,
  type UsableInvitation,
  wrongPasswordReason,
} from "./invitation.queries";

/** What accepting came to. Refusals are audited by the caller, after this transaction rolled back. */
export type AcceptOutcome =
  | { kind: "accepted"; email: string }
  | { kind: "unusable" }
  | { kind: typeof wrongPasswordReason | "too_many_tries"; userId: string; clientId: string }
  /** The address belongs to an account that can't be family: a client's, staff's, or a disabled one. */
  | { kind: "email_taken"; clientId: string; accountKind: "client" | "staff" | "family" };

/**
 * Accepts a family invitation in one transaction, with the link locked: creates the family
 * account, or links the one that already has this email once its password is given, then marks
 * the person joined and spends the link. A client or staff account's email can't become family.
 */
export async function acceptInvitation(tx: Transaction, input: AcceptInvitationInput, now: Date): Promise<AcceptOutcome> {
  const invitation = await lockUsableInvitation(tx, input.token, now);
  if (!invitation) return { kind: "unusable" };
  const account = await findAccountByEmail(tx, invitation.email);

  let userId: string;
  if (!account) {
    userId = await createFamilyAccount(tx, invitation, input);
  } else if (account.kind !== "family" || account.disabledAt !== null) {
    return { kind: "email_taken", clientId: invitation.clientId, accountKind: account.kind };
  } else {
    const refused = { userId: account.id, clientId: invitation.clientId };
    // The same limit as sign-in, so an invitation link is no side door for guessing a password.
    const since = new Date(now.getTime() - signInThrottle.windowMs);
    const locked = account.lockedUntil !== null && account.lockedUntil > now;
    if (locked || (await countWrongPasswords(tx, account.id, since)) >= signInThrottle.maxFailuresPerAccount) {
      return { kind: "too_many_tries", ...refused };
    }
    if (!(await verifyPassword(account.passwordHash, input.password))) return { kind: wrongPasswordReason, ...refused };
    userId = account.id;
  }

  await tx.update(familyMembers).set({ userId, joinedAt: now }).where(eq(familyMembers.id, invitation.familyMemberId));
  await tx.update(familyInvitations).set({ usedAt: now }).where(eq(familyInvitations.id, invitation.invitationId));
  await recordAudit(tx, { userId, kind: "family" }, {
    action: acceptAction,
    outcome: "allowed",
    subjectClientId: invitation.clientId,
    resourceType: "family_member",
    resourceId: invitation.familyMemberId,
    detail: { newAccount: !account },
  });
  return { kind: "accepted", email: invitation.email };
}

/** A new family account with the invited email; the password must meet the policy. */
async function createFamilyAccount(tx: Transaction, invitation: UsableInvitation, input: AcceptInvitationInput): Promise<string> {
  const displayName = input.displayName || invitation.name;
  const problems = checkPasswordPolicy(input.password, { email: invitation.email, displayName });
  if (problems.length > 0) {
    fail({ kind: "invalid", message: refusalMessage("Please choose another password.", problems.map((problem) => problem.message)) });
  }
  const passwordHash = await hashPassword(input.password);
  const [created] = await tx
    .insert(users)
    .values({ email: invitation.email, passwordHash, kind: "family", displayName })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  // Another invitation to the same email was accepted a moment ago: that account now exists.
  if (!created) return fail({ kind: "conflict", message: "An account with this email address was just made. Please open your link again." });
  return created.id;
}
