import { familySignUpSchema } from "@stepwise/domain";
import { recordAudit } from "../../audit";
import { takeSeat } from "../../family-sessions/take-seat";
import { inTransactionOrNotFound } from "../../out-of-reach";
import { familyProcedure } from "../../trpc";
import { requireScope } from "../consent-access";

/**
 * Signs the caller up for a family session through a client who shares family sessions with them:
 * a seat while one is free, otherwise a place on the waitlist. The consent is checked now, in the
 * same transaction as the seat is taken.
 */
export const signUpForFamilySession = familyProcedure.input(familySignUpSchema).mutation(({ ctx, input }) =>
  inTransactionOrNotFound(ctx, { action: "familySessions.signUp", resourceType: "program_session", resourceId: input.sessionId }, async (tx) => {
    const now = new Date();
    const client = await requireScope(tx, { userId: ctx.caller.userId, clientId: input.clientId, scope: "family_sessions", lock: true }, now);
    if (!("clientId" in client)) return client;
    const taken = await takeSeat(
      tx,
      { sessionId: input.sessionId, clientId: client.clientId, userId: ctx.caller.userId, familyMemberId: client.familyMemberId },
      now,
      ctx.caller,
    );
    if (!("signUp" in taken)) return taken;
    await recordAudit(tx, ctx.caller, {
      action: "familySessions.signUp",
      outcome: "allowed",
      subjectClientId: client.clientId,
      resourceType: "family_session_sign_up",
      resourceId: taken.signUp.signUpId,
      detail: { sessionId: input.sessionId, status: taken.signUp.status },
    });
    return taken.signUp;
  }),
);
