import { cancellationClosedReason, familySignUpCancellationSchema } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { familyParticipantProcedure } from "../../core/trpc";
import { findOwnActiveSignUp, lockFamilySession } from "../../queries/sign-ups.queries";
import { cancelSignUp } from "../../services/seats/release-seats";
import { familyOfSignUp, noteFamiliesRead } from "./participant-families";

/**
 * Cancels the caller's own seat or waitlist place before the cutoff. A seat given up goes to the
 * first person waiting, in the same transaction, and they are told by mail. A family member whose
 * consent to share family sessions has ended no longer reaches the sign-up: it answers not found,
 * before anything about the session is read.
 */
export const cancelFamilySessionSignUp = familyParticipantProcedure.input(familySignUpCancellationSchema).mutation(async ({ ctx, input }) => {
  await ctx.rateLimit("familySessions.cancelSignUp");
  const now = new Date();
  ctx.audit({ resource: { type: "family_session_sign_up", id: input.signUpId } });
  const found = (await findOwnActiveSignUp(ctx.db, input.signUpId, ctx.caller.userId)) ?? notFound();
  const family = await familyOfSignUp(ctx.db, ctx.participant, found, now);
  if (!family) return notFound({ clients: [found.clientId] });
  const session = await lockFamilySession(ctx.db, found.sessionId);
  // Read again under the session's lock: a promotion may have given it a seat meanwhile.
  const signUp = await findOwnActiveSignUp(ctx.db, input.signUpId, ctx.caller.userId);
  if (!session || !signUp) return notFound({ clients: [found.clientId] });
  const closed = cancellationClosedReason(session, now);
  if (closed) return fail({ kind: "invalid", message: closed });
  await cancelSignUp(ctx.db, session, signUp, now, ctx.audit);
  noteFamiliesRead(ctx.audit, ctx.participant, [signUp.clientId], [family]);
  return { signUpId: signUp.id, status: "cancelled" as const };
});
