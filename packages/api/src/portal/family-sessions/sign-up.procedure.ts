import { familySignUpSchema } from "@stepwise/domain";
import { recordAudit } from "../../audit";
import { takeSeat } from "../../family-sessions/take-seat";
import { inTransactionOrNotFound } from "../../out-of-reach";
import { familyParticipantProcedure } from "../../trpc";
import { familyForSignUp } from "./participant-families";

/**
 * Signs the caller up for a family session with one of their families: a client with their own
 * (`clientId` is theirs), a family member through a client who shares family sessions with them.
 * A seat while one is free, otherwise a place on the waitlist. Who may sign up is checked now, in
 * the same transaction as the seat is taken.
 */
export const signUpForFamilySession = familyParticipantProcedure.input(familySignUpSchema).mutation(({ ctx, input }) =>
  inTransactionOrNotFound(ctx, { action: "familySessions.signUp", resourceType: "program_session", resourceId: input.sessionId }, async (tx) => {
    const now = new Date();
    const family = await familyForSignUp(tx, ctx.participant, input.clientId, now);
    if (!("clientId" in family)) return family;
    const taken = await takeSeat(
      tx,
      { sessionId: input.sessionId, clientId: family.clientId, userId: ctx.caller.userId, familyMemberId: family.familyMemberId },
      now,
      ctx.caller,
    );
    if (!("signUp" in taken)) return taken;
    await recordAudit(tx, ctx.caller, {
      action: "familySessions.signUp",
      outcome: "allowed",
      subjectClientId: family.clientId,
      resourceType: "family_session_sign_up",
      resourceId: taken.signUp.signUpId,
      detail: { sessionId: input.sessionId, status: taken.signUp.status },
    });
    return taken.signUp;
  }),
);
