import { familySignUpSchema } from "@stepwise/domain";
import { familyParticipantProcedure } from "../../core/trpc";
import { takeSeat } from "../../services/seats/take-seat";
import { familyForSignUp, noteFamiliesRead } from "./participant-families";

/**
 * Signs the caller up for a family session with one of their families: a client with their own
 * (`clientId` is theirs), a family member through a client who shares family sessions with them.
 * A seat while one is free, otherwise a place on the waitlist. Who may sign up is checked now, in
 * the same transaction as the seat is taken.
 */
export const signUpForFamilySession = familyParticipantProcedure.input(familySignUpSchema).mutation(async ({ ctx, input }) => {
  const now = new Date();
  ctx.audit({ resource: { type: "program_session", id: input.sessionId } });
  const family = await familyForSignUp(ctx.db, ctx.participant, input.clientId, now);
  noteFamiliesRead(ctx.audit, ctx.participant, [family.clientId], [family]);
  const { signUp } = await takeSeat(
    ctx.db,
    { sessionId: input.sessionId, clientId: family.clientId, userId: ctx.caller.userId, familyMemberId: family.familyMemberId },
    now,
    ctx.audit,
  );
  ctx.audit({ resource: { type: "family_session_sign_up", id: signUp.signUpId }, detail: { sessionId: input.sessionId, status: signUp.status } });
  return signUp;
});
