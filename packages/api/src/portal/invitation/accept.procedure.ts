import { recordAudit } from "../../audit";
import { fail } from "../../errors";
import { publicProcedure } from "../../trpc";
import { acceptInvitationInput } from "./accept.input";
import { type AcceptOutcome, acceptInvitation } from "./accept.handler";
import { acceptAction } from "./invitation.queries";
import { invitationNotUsable } from "./preview.procedure";

function refusalOf(outcome: Exclude<AcceptOutcome, { kind: "accepted" }>): string {
  switch (outcome.kind) {
    case "unusable":
      return invitationNotUsable;
    case "wrong_password":
      return "That isn't the password of your Stepwise account. Please try again.";
    case "too_many_tries":
      return "There have been too many tries with a wrong password. Please wait 15 minutes, then try again.";
    case "email_taken":
      return `This email address already belongs to an account here that can't be used as a family account. Please ask ${outcome.invitedBy} to invite you at another email address.`;
  }
}

/**
 * Public on purpose: the person may have no account yet. The 32-byte link is the credential; an
 * existing family account also needs its password. Refusals are audited once the attempt has
 * rolled back, so nothing of it is left but the audit row.
 */
export const acceptInvitationProcedure = publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
  const outcome = await ctx.db.transaction((tx) => acceptInvitation(tx, input, new Date()));
  if (outcome.kind === "accepted") return { email: outcome.email };
  await recordAudit(ctx.db, null, {
    action: acceptAction,
    outcome: "denied",
    subjectClientId: "clientId" in outcome ? outcome.clientId : null,
    ...("userId" in outcome ? { resourceType: "user", resourceId: outcome.userId } : { resourceType: "family_invitation" }),
    detail: { reason: outcome.kind },
  });
  return fail({ kind: "invalid", message: refusalOf(outcome) });
});
