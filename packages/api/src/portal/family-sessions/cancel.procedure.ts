import { cancellationClosedReason, familySignUpCancellationSchema } from "@stepwise/domain";
import { fail } from "../../errors";
import { findOwnActiveSignUp, lockFamilySession } from "../../family-sessions/sign-ups.queries";
import { cancelSignUp } from "../../family-sessions/release-seats";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { familyParticipantProcedure } from "../../trpc";
import { stillInFamilyOf } from "./participant-families";

/**
 * Cancels the caller's own seat or waitlist place before the cutoff. A seat given up goes to the
 * first person waiting, in the same transaction, and they are told by mail. A family member whose
 * consent to share family sessions has ended no longer reaches the sign-up: it answers not found,
 * before anything about the session is read.
 */
export const cancelFamilySessionSignUp = familyParticipantProcedure.input(familySignUpCancellationSchema).mutation(({ ctx, input }) =>
  inTransactionOrNotFound(ctx, { action: "familySessions.cancelSignUp", resourceType: "family_session_sign_up", resourceId: input.signUpId }, async (tx) => {
    const now = new Date();
    const found = await findOwnActiveSignUp(tx, input.signUpId, ctx.caller.userId);
    if (!found) return outOfReach();
    if (!(await stillInFamilyOf(tx, ctx.participant, found, now))) return outOfReach(found.clientId);
    const session = await lockFamilySession(tx, found.sessionId);
    // Read again under the session's lock: a promotion may have given it a seat meanwhile.
    const signUp = await findOwnActiveSignUp(tx, input.signUpId, ctx.caller.userId);
    if (!session || !signUp) return outOfReach(found.clientId);
    const closed = cancellationClosedReason(session, now);
    if (closed) return fail({ kind: "invalid", message: closed });
    await cancelSignUp(tx, session, signUp, now, { actor: ctx.caller, action: "familySessions.cancelSignUp" });
    return { signUpId: signUp.id, status: "cancelled" as const };
  }),
);
