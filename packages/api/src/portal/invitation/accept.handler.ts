import { signInThrottle } from "@stepwise/auth";
import { checkPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from "@stepwise/auth/password";
import type { Executor } from "@stepwise/db/client";
import { invitationRefusal } from "@stepwise/domain";
import type { Audit, AuditNote } from "../../core/audit";
import { fail } from "../../core/errors";
import type { AcceptInvitationInput } from "./accept.input";
import {
  type UsableInvitation,
  countWrongPasswords,
  findAccountByEmail,
  insertFamilyAccount,
  lockUsableInvitation,
  spendInvitation,
  wrongPasswordReason,
} from "./invitation.queries";

/**
 * Why accepting was refused, as the audit keeps it. What the person reads is one answer for all of
 * them (the domain's invitationRefusal), in the same time: whether this address has a family
 * account, a client's or staff's, or none is nobody's to learn from an invitation (42 CFR 2.13(c)).
 */
type Refused =
  | { reason: "unusable" }
  /** A new account's password the policy refuses. */
  | { reason: "weak_password" }
  | { reason: typeof wrongPasswordReason | "too_many_tries"; userId: string; clientId: string }
  /** The address belongs to an account that can't be family: a client's, staff's, or a disabled one. */
  | { reason: "email_taken"; clientId: string; accountKind: "client" | "staff" | "family" };

/**
 * Refuses with the one answer; the request rolls back and its denied audit row keeps the true
 * reason. A weak new password leaves no row, as before: nothing was reached for.
 */
function refuse(refused: Refused, passwordProblems: readonly string[]): never {
  const about: AuditNote | undefined =
    refused.reason === "weak_password"
      ? undefined
      : {
          clients: "clientId" in refused ? [refused.clientId] : [],
          resource: "userId" in refused ? { type: "user", id: refused.userId } : { type: "family_invitation" },
          detail: { reason: refused.reason, ...(refused.reason === "email_taken" ? { accountKind: refused.accountKind } : {}) },
        };
  return fail({ kind: "invalid", message: invitationRefusal(passwordProblems) }, about);
}

/** The argon2 work of a path that checks no real password, so every answer takes as long (the sign-in's way). */
const spendHashingTime = (password: string) => verifyPassword(dummyPasswordHash, password);

/**
 * Accepts a family invitation in the request's transaction, with the link locked: creates the
 * family account, or links the one that already has this email once its password is given, then
 * marks the person joined and spends the link. A client or staff account's email can't become family.
 *
 * Every refusal is the same answer for the same typed password, and every path does one argon2
 * operation: only accepting tells anything, and it needs the link and the account's password.
 */
export async function acceptInvitation(db: Executor, audit: Audit, input: AcceptInvitationInput, now: Date): Promise<{ email: string }> {
  const invitation = await lockUsableInvitation(db, input.token, now);
  // Judged as a new account's password on every path, so the answer never depends on which path it was.
  const passwordProblems = checkPasswordPolicy(input.password, {
    email: invitation?.email,
    displayName: input.displayName || invitation?.name,
  }).map((problem) => problem.message);
  if (!invitation) {
    await spendHashingTime(input.password);
    return refuse({ reason: "unusable" }, passwordProblems);
  }
  const account = await findAccountByEmail(db, invitation.email);

  let userId: string;
  if (!account) {
    if (passwordProblems.length > 0) {
      await spendHashingTime(input.password);
      return refuse({ reason: "weak_password" }, passwordProblems);
    }
    userId = await createFamilyAccount(db, invitation, input);
  } else if (account.kind !== "family" || account.disabledAt !== null) {
    await spendHashingTime(input.password);
    return refuse({ reason: "email_taken", clientId: invitation.clientId, accountKind: account.kind }, passwordProblems);
  } else {
    const refused = { userId: account.id, clientId: invitation.clientId };
    // The same limit as sign-in, so an invitation link is no side door for guessing a password.
    const since = new Date(now.getTime() - signInThrottle.windowMs);
    const locked = account.lockedUntil !== null && account.lockedUntil > now;
    if (locked || (await countWrongPasswords(db, account.id, since)) >= signInThrottle.maxFailuresPerAccount) {
      await spendHashingTime(input.password);
      return refuse({ reason: "too_many_tries", ...refused }, passwordProblems);
    }
    // The account's own password, verified rather than judged: one weak by today's policy still opens it.
    if (!(await verifyPassword(account.passwordHash, input.password))) return refuse({ reason: wrongPasswordReason, ...refused }, passwordProblems);
    userId = account.id;
  }

  await spendInvitation(db, invitation, userId, now);
  // The link proves who this is: the family account is the one acting.
  audit({
    actor: { userId, kind: "family" },
    clients: [invitation.clientId],
    resource: { type: "family_member", id: invitation.familyMemberId },
    detail: { newAccount: !account },
  });
  return { email: invitation.email };
}

/** A new family account with the invited email, its password already held to the policy. */
async function createFamilyAccount(db: Executor, invitation: UsableInvitation, input: AcceptInvitationInput): Promise<string> {
  const displayName = input.displayName || invitation.name;
  const created = await insertFamilyAccount(db, { email: invitation.email, passwordHash: await hashPassword(input.password), displayName });
  // Another invitation to the same email was accepted a moment ago: that account now exists.
  return created ?? fail({ kind: "conflict", message: "An account with this email address was just made. Please open your link again." });
}
