import { attendanceAction, attendanceUnmarked, instantToZonedDate } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { findSessionsToday, rostersOf } from "./attendance.queries";
import { sessionView } from "./session-view";

/**
 * The Today view: every session today (each program's own today), with how many clients are
 * expected, how many are not marked yet, what to do next (take or review attendance), and
 * whether the caller leads it. Three statements however many sessions; no client is named, so
 * nothing here is audited as a disclosure.
 */
export const todaysSessions = staffProcedure("attendance.write").query(async ({ ctx }) => {
  const now = new Date();
  const sessions = await findSessionsToday(ctx.db, now);
  const rosters = await rostersOf(ctx.db, sessions);
  return {
    sessions: sessions.map((session) => {
      const roster = rosters.get(session.id);
      const progress = { expected: roster?.clientIds.length ?? 0, recorded: roster?.records.size ?? 0 };
      return {
        ...sessionView(session, now),
        date: session.occursOn ?? instantToZonedDate(session.startsAt, session.program.timeZone),
        mine: session.facilitatorStaffId === ctx.staff.staffMemberId,
        ...progress,
        unmarked: attendanceUnmarked(progress),
        action: attendanceAction(progress),
      };
    }),
  };
});
