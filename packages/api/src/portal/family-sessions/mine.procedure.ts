import { cancellationClosedReason, heldPlace, joinableVideoUrl } from "@stepwise/domain";
import { familyParticipantProcedure } from "../../core/trpc";
import { findUpcomingSignUps } from "../../queries/sign-ups.queries";
import { noteFamiliesRead, participantFamilies } from "./participant-families";
import { participantSessionView } from "./session-view";
import { findCenterSettings } from "../../queries/center.queries";

/**
 * The caller's seats and waitlist places in family sessions not yet over, only for families they
 * still take part in: a family member's sign-up through a client whose consent to share family
 * sessions has ended is no longer shown here (its place is given up under the session's lock).
 */
export const myFamilySessionSignUps = familyParticipantProcedure.query(async ({ ctx }) => {
  const now = new Date();
  const families = new Map((await participantFamilies(ctx.db, ctx.participant, now)).map((family) => [family.clientId, family]));
  const rows = (await findUpcomingSignUps(ctx.db, ctx.caller.userId, now)).filter((row) => families.has(row.signUp.clientId));
  noteFamiliesRead(
    ctx.audit,
    ctx.participant,
    rows.map((row) => row.signUp.clientId),
    [...families.values()],
  );
  ctx.audit({ resource: { type: "family_session_sign_up" } });
  const center = await findCenterSettings(ctx.db);
  return rows.map(({ signUp, session }) => {
    const cancelled = session.cancelledAt !== null;
    const confirmed = signUp.status === "confirmed";
    return {
      ...participantSessionView(session, center),
      signUpId: signUp.id,
      ...heldPlace(signUp),
      forClient: { clientId: signUp.clientId, name: families.get(signUp.clientId)?.name ?? "" },
      sessionCancelled: cancelled,
      // The link only for a seat, and only while it can still be used.
      videoUrl: confirmed ? joinableVideoUrl({ videoUrl: session.videoUrl, endsAt: session.endsAt, cancelled }, now) : null,
      cancelClosedReason: cancellationClosedReason(session, now),
    };
  });
});
