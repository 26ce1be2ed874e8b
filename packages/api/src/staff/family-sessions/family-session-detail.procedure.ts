import { z } from "zod";
import { recordAudit } from "../../audit";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../trpc";
import { displayName } from "../names";
import { staffFamilySessionView } from "./staff-family-session-view";
import { findFamilySession, findSignUps } from "./staff-family-sessions.queries";

export const familySessionDetailInput = z.object({ sessionId: z.uuid() });

type SignUpRow = Awaited<ReturnType<typeof findSignUps>>[number];

/** One sign-up as staff read it: who signed up (a family member, or the client), for which client, when. */
function signUpView(row: SignUpRow) {
  return {
    id: row.id,
    client: { id: row.clientId, name: displayName(row.client) },
    signedUpBy: row.familyMember
      ? { kind: "family_member" as const, name: row.familyMember.name, relationship: row.familyMember.relationship }
      : { kind: "client" as const },
    arrival: row.arrival,
    signedUpAt: row.signedUpAt,
    promotedAt: row.promotedAt,
    cancelledAt: row.cancelledAt,
  };
}

/**
 * One family session with its confirmed seats and its waitlist, each in arrival order (the order
 * in which the waitlist is promoted), and the sign-ups that were cancelled. Any other session, or
 * none, answers not found.
 */
export const familySessionDetail = staffProcedure("client.read")
  .input(familySessionDetailInput)
  .query(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "familySessions.detail", resourceType: "program_session", resourceId: input.sessionId }, async (tx) => {
      const session = await findFamilySession(tx, input.sessionId);
      if (!session) return outOfReach();
      const signUps = await findSignUps(tx, session.id);
      // One audit row per client whose family appears here, the session's own client first.
      const disclosed = new Set([...(session.clientId ? [session.clientId] : []), ...signUps.map((signUp) => signUp.clientId)]);
      await recordAudit(
        tx,
        ctx.caller,
        [...disclosed].map((clientId) => ({
          action: "familySessions.detail",
          outcome: "allowed" as const,
          subjectClientId: clientId,
          resourceType: "program_session",
          resourceId: session.id,
        })),
      );
      const inStatus = (status: SignUpRow["status"]) => signUps.filter((signUp) => signUp.status === status).map(signUpView);
      return {
        ...staffFamilySessionView(session, new Date()),
        confirmed: inStatus("confirmed"),
        waitlist: inStatus("waitlisted"),
        cancelledSignUps: inStatus("cancelled"),
      };
    }),
  );
