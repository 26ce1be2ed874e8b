import { heldPlace, signUpClosedReason, signUpsCloseAt } from "@stepwise/domain";
import { familyParticipantProcedure } from "../../core/trpc";
import { findActiveSignUpsIn, findOpenFamilySessions, findSeatCounts } from "../../queries/sign-ups.queries";
import { noteFamiliesRead, participantFamilies } from "./participant-families";
import { participantSessionView } from "./session-view";
import { findCenterSettings } from "../../queries/center.queries";

/**
 * Family sessions still to come that the caller may join, for each family they take part in (a
 * client's own; for a family member, each client who shares family sessions with them): that
 * client's one-family sessions, and the multi-family groups of the program the client is in now.
 * Each says for whose family it is, how many seats are taken, and where the caller stands.
 */
export const eligibleFamilySessions = familyParticipantProcedure.query(async ({ ctx }) => {
  const now = new Date();
  const families = await participantFamilies(ctx.db, ctx.participant, now);
  const sessions = await findOpenFamilySessions(
    ctx.db,
    families.map((family) => family.clientId),
    now,
  );
  const sessionIds = sessions.map((session) => session.id);
  const [counts, mine] = await Promise.all([findSeatCounts(ctx.db, sessionIds), findActiveSignUpsIn(ctx.db, ctx.caller.userId, sessionIds)]);
  noteFamiliesRead(
    ctx.audit,
    ctx.participant,
    sessions.flatMap((session) => session.families),
    families,
  );
  ctx.audit({ resource: { type: "family_session" } });
  const nameOf = new Map(families.map((family) => [family.clientId, family.name]));
  const center = await findCenterSettings(ctx.db);
  return sessions.map((session) => {
    const seats = counts.get(session.id) ?? { confirmed: 0, waitlisted: 0 };
    const signUp = mine.find((row) => row.sessionId === session.id);
    return {
      ...participantSessionView(session, center),
      forClients: session.families.map((clientId) => ({ clientId, name: nameOf.get(clientId) ?? "" })),
      capacity: session.capacity,
      seatsTaken: seats.confirmed,
      waitlistLength: seats.waitlisted,
      signUpsCloseAt: signUpsCloseAt(session),
      closedReason: signUpClosedReason(session, now),
      mySignUp: signUp ? { signUpId: signUp.id, ...heldPlace(signUp) } : null,
    };
  });
});
