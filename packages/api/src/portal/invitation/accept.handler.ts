import { signInThrottle } from "@stepwise/auth";
import { checkPasswordPolicy, hashPassword, verifyPassword } from "@stepwise/auth/password";
import type { Executor } from "@stepwise/db/client";
import { refusalMessage } from "@stepwise/domain";
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
import { invitationNotUsable } from "./preview.handler";

/**
 * Why accepting was refused, as the audit keeps it; what the person reads is refusalOf's words.
 * An address that belongs to a client or staff account reads exactly like a spent link: who has
 * an account here is nobody's to learn from an invitation (42 CFR 2.13(c)).
 */
type Refused =
  | { reason: "unusable" }
  | { reason: typeof wrongPasswordReason | "too_many_tries"; userId: string; clientId: string }
  /** The address belongs to an account that can't be family: a client's, staff's, or a disabled one. */
  | { reason: "email_taken"; clientId: string; accountKind: "client" | "staff" | "family" };

const refusalWords: Record<Refused["reason"], string> = {
  unusable: invitationNotUsable,
  email_taken: invitationNotUsable,
  wrong_password: "This email address already has a Stepwise account. That isn't the password of that account: please try again.",
  too_many_tries: "There have been too many tries with a wrong password. Please wait 15 minutes, then try again.",
};

/** Refuses in the person's words; the request rolls back and its denied audit row keeps the true reason. */
function refuse(refused: Refused): never {
  const about: AuditNote = {
    clients: "clientId" in refused ? [refused.clientId] : [],
    resource: "userId" in refused ? { type: "user", id: refused.userId } : { type: "family_invitation" },
    detail: { reason: refused.reason, ...(refused.reason === "email_taken" ? { accountKind: refused.accountKind } : {}) },
  };
  return fail({ kind: "invalid", message: refusalWords[refused.reason] }, about);
}

/**
 * Accepts a family invitation in the request's transaction, with the link locked: creates the
 * family account, or links the one that already has this email once its password is given, then
 * marks the person joined and spends the link. A client or staff account's email can't become family.
 */
export async function acceptInvitation(db: Executor, audit: Audit, input: AcceptInvitationInput, now: Date): Promise<{ email: string }> {
  const invitation = (await lockUsableInvitation(db, input.token, now)) ?? refuse({ reason: "unusable" });
  const account = await findAccountByEmail(db, invitation.email);

  let userId: string;
  if (!account) {
    userId = await createFamilyAccount(db, invitation, input);
  } else if (account.kind !== "family" || account.disabledAt !== null) {
    return refuse({ reason: "email_taken", clientId: invitation.clientId, accountKind: account.kind });
  } else {
    const refused = { userId: account.id, clientId: invitation.clientId };
    // The same limit as sign-in, so an invitation link is no side door for guessing a password.
    const since = new Date(now.getTime() - signInThrottle.windowMs);
    const locked = account.lockedUntil !== null && account.lockedUntil > now;
    if (locked || (await countWrongPasswords(db, account.id, since)) >= signInThrottle.maxFailuresPerAccount) {
      return refuse({ reason: "too_many_tries", ...refused });
    }
    if (!(await verifyPassword(account.passwordHash, input.password))) return refuse({ reason: wrongPasswordReason, ...refused });
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

/** A new family account with the invited email; the password must meet the policy. */
async function createFamilyAccount(db: Executor, invitation: UsableInvitation, input: AcceptInvitationInput): Promise<string> {
  const displayName = input.displayName || invitation.name;
  const problems = checkPasswordPolicy(input.password, { email: invitation.email, displayName });
  if (problems.length > 0) {
    fail({ kind: "invalid", message: refusalMessage("Please choose another password.", problems.map((problem) => problem.message)) });
  }
  const created = await insertFamilyAccount(db, { email: invitation.email, passwordHash: await hashPassword(input.password), displayName });
  // Another invitation to the same email was accepted a moment ago: that account now exists.
  return created ?? fail({ kind: "conflict", message: "An account with this email address was just made. Please open your link again." });
}
