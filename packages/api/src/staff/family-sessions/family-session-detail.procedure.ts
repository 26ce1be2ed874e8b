import { z } from "zod";
import { recordAudit } from "../../core/audit";
import { signUpsWithEndedConsent } from "../../services/seats/ended-consents";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../core/trpc";
import { displayName } from "../names";
import { staffFamilySessionView } from "./staff-family-session-view";
import { findFamilySession, findSignUps } from "./staff-family-sessions.queries";

export const familySessionDetailInput = z.object({ sessionId: z.uuid() });

type SignUpRow = Awaited<ReturnType<typeof findSignUps>>[number];

/**
 * One sign-up as staff read it: who signed up (a family member, or the client), for which client,
 * when, and whether the family member's consent to share family sessions has ended since: such a
 * place is given up at the next sign-up or promotion, and its holder is not mailed.
 */
function signUpView(row: SignUpRow, consentEnded: boolean) {
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
    consentEnded,
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
      const now = new Date();
      const signUps = await findSignUps(tx, session.id);
      const ended = new Set(
        await signUpsWithEndedConsent(
          tx,
          signUps.filter((signUp) => signUp.status !== "cancelled"),
          now,
        ),
      );
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
      const inStatus = (status: SignUpRow["status"]) =>
        signUps.filter((signUp) => signUp.status === status).map((signUp) => signUpView(signUp, ended.has(signUp)));
      return {
        ...staffFamilySessionView(session, now),
        confirmed: inStatus("confirmed"),
        waitlist: inStatus("waitlisted"),
        cancelledSignUps: inStatus("cancelled"),
      };
    }),
  );
