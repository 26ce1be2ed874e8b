import { staffProcedure } from "../../core/trpc";
import { findSeatCounts } from "../../queries/sign-ups.queries";
import { findFamilySessionsSince } from "./family-sessions.queries";
import { familySessionView } from "./session-view";

/** How far back the list reaches, so the last two weeks' sessions stay at hand. */
const pastDays = 14;

/** Family sessions still to come and from the past two weeks, soonest first, with their seats taken. */
export const listFamilySessions = staffProcedure("client.read").query(async ({ ctx }) => {
  const now = new Date();
  const sessions = await findFamilySessionsSince(ctx.db, new Date(now.getTime() - pastDays * 24 * 60 * 60 * 1000));
  const counts = await findSeatCounts(
    ctx.db,
    sessions.map((session) => session.id),
  );
  const listed = sessions.map((session) => ({
    ...familySessionView(session, now),
    confirmedCount: counts.get(session.id)?.confirmed ?? 0,
    waitlistCount: counts.get(session.id)?.waitlisted ?? 0,
  }));
  // A one-family session names its client.
  ctx.audit({ clients: listed.map((session) => session.client?.id), resource: { type: "program_session" } });
  return listed;
});
