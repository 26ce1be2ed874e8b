import { signUpsWithEndedConsent } from "../../services/seats/ended-consents";
import { familySessionProcedure } from "../scopes";
import { findSignUps } from "./family-sessions.queries";
import { familySessionView } from "./session-view";
import { lastNameFirst } from "@stepwise/domain";

type SignUpRow = Awaited<ReturnType<typeof findSignUps>>[number];

/**
 * One sign-up as staff read it: who signed up (a family member, or the client), for which client,
 * when, and whether the family member's consent to share family sessions has ended since: such a
 * place is given up at the next sign-up or promotion, and its holder is not mailed.
 */
function signUpView(row: SignUpRow, consentEnded: boolean) {
  return {
    id: row.id,
    client: { id: row.clientId, name: lastNameFirst(row.client) },
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
 * none, answers not found. The audit row names every client whose family appears here.
 */
export const familySessionDetail = familySessionProcedure("client.read", { lock: false }).query(async ({ ctx }) => {
  const { session } = ctx;
  const now = new Date();
  const signUps = await findSignUps(ctx.db, session.id);
  const ended = new Set(
    await signUpsWithEndedConsent(
      ctx.db,
      signUps.filter((signUp) => signUp.status !== "cancelled"),
      now,
    ),
  );
  ctx.audit({ clients: signUps.map((signUp) => signUp.clientId) });
  const inStatus = (status: SignUpRow["status"]) =>
    signUps.filter((signUp) => signUp.status === status).map((signUp) => signUpView(signUp, ended.has(signUp)));
  return {
    ...familySessionView(session, now),
    confirmed: inStatus("confirmed"),
    waitlist: inStatus("waitlisted"),
    cancelledSignUps: inStatus("cancelled"),
  };
});
