import { recordAudit } from "../../core/audit";
import { findSeatCounts } from "../../queries/sign-ups.queries";
import { staffProcedure } from "../../core/trpc";
import { staffFamilySessionView } from "./staff-family-session-view";
import { findFamilySessionsSince } from "./staff-family-sessions.queries";

/** How far back the list reaches, so the last two weeks' sessions stay at hand. */
const pastDays = 14;

/** Family sessions still to come and from the past two weeks, soonest first, with their seats taken. */
export const listFamilySessions = staffProcedure("client.read").query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const now = new Date();
    const sessions = await findFamilySessionsSince(tx, new Date(now.getTime() - pastDays * 24 * 60 * 60 * 1000));
    const counts = await findSeatCounts(
      tx,
      sessions.map((session) => session.id),
    );
    const listed = sessions.map((session) => ({
      ...staffFamilySessionView(session, now),
      confirmedCount: counts.get(session.id)?.confirmed ?? 0,
      waitlistCount: counts.get(session.id)?.waitlisted ?? 0,
    }));
    // One audit row per one-family session: the list names its client.
    await recordAudit(
      tx,
      ctx.caller,
      listed.flatMap((session) =>
        session.client
          ? [{ action: "familySessions.list", outcome: "allowed" as const, subjectClientId: session.client.id, resourceType: "program_session", resourceId: session.id }]
          : [],
      ),
    );
    return listed;
  }),
);
