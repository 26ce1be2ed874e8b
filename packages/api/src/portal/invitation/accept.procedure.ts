import { recordAudit } from "../../audit";
import { fail } from "../../errors";
import { publicProcedure } from "../../trpc";
import { acceptInvitationInput } from "./accept.input";
import { type AcceptOutcome, acceptInvitation } from "./accept.handler";
import { acceptAction } from "./invitation.queries";
import { invitationNotUsable } from "./preview.procedure";

function refusalOf(outcome: Exclude<AcceptOutcome, { kind: "accepted" }>): string {
  switch (outcome.kind) {
    // An address that belongs to a client or staff account reads exactly like a spent link: who
    // has an account here is nobody's to learn from an invitation (42 CFR 2.13(c)). The audit
    // keeps the true reason.
    case "unusable":
    case "email_taken":
      return invitationNotUsable;
    case "wrong_password":
      return "This email address already has a Stepwise account. That isn't the password of that account: please try again.";
    case "too_many_tries":
      return "There have been too many tries with a wrong password. Please wait 15 minutes, then try again.";
  }
}

/**
 * Public on purpose: the person may have no account yet. The 32-byte link is the credential; the
 * server decides what the password is for: an existing family account's password, checked, or
 * a new account's, held to the policy. Refusals are audited once the attempt has rolled back, so
 * nothing of it is left but the audit row.
 */
export const acceptInvitationProcedure = publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
  const outcome = await ctx.db.transaction((tx) => acceptInvitation(tx, input, new Date()));
  if (outcome.kind === "accepted") return { email: outcome.email };
  await recordAudit(ctx.db, null, {
    action: acceptAction,
    outcome: "denied",
    subjectClientId: "clientId" in outcome ? outcome.clientId : null,
    ...("userId" in outcome ? { resourceType: "user", resourceId: outcome.userId } : { resourceType: "family_invitation" }),
    detail: { reason: outcome.kind, ...(outcome.kind === "email_taken" ? { accountKind: outcome.accountKind } : {}) },
  });
  return fail({ kind: "invalid", message: refusalOf(outcome) });
});
