import { cancellationClosedReason, joinableVideoUrl } from "@stepwise/domain";
import { findUpcomingSignUps } from "../../family-sessions/sign-ups.queries";
import { familyProcedure } from "../../trpc";
import { auditFamilyRead, clientsSharing } from "../consent-access";
import { portalFamilySessionView } from "./portal-family-session-view";

/**
 * The caller's seats and waitlist places in family sessions not yet over, only through clients
 * whose consent to share family sessions is still active: once it ends, the sign-up is no longer
 * shown here (releasing the seat is the revocation's work).
 */
export const myFamilySessionSignUps = familyProcedure.query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const now = new Date();
    const clients = new Map(
      (await clientsSharing(tx, ctx.caller.userId, "family_sessions", now)).map((client) => [client.clientId, client]),
    );
    const rows = (await findUpcomingSignUps(tx, ctx.caller.userId, now)).filter((row) => clients.has(row.signUp.clientId));
    await auditFamilyRead(
      tx,
      ctx.caller,
      { action: "familySessions.mine", resourceType: "family_session_sign_up", scope: "family_sessions" },
      [...new Set(rows.map((row) => row.signUp.clientId))],
    );
    return rows.map(({ signUp, session }) => {
      const cancelled = session.cancelledAt !== null;
      const confirmed = signUp.status === "confirmed";
      return {
        ...portalFamilySessionView(session),
        signUpId: signUp.id,
        status: signUp.status,
        waitlistPosition: signUp.waitlistPosition,
        forClient: { clientId: signUp.clientId, name: clients.get(signUp.clientId)?.name ?? "" },
        sessionCancelled: cancelled,
        // The link only for a seat, and only while it can still be used.
        videoUrl: confirmed ? joinableVideoUrl({ videoUrl: session.videoUrl, endsAt: session.endsAt, cancelled }, now) : null,
        cancelClosedReason:
          session.signUpCutoffMinutes === null
            ? "Please call the center to cancel."
            : cancellationClosedReason({ ...session, signUpCutoffMinutes: session.signUpCutoffMinutes }, now),
      };
    });
  }),
);
