import { sessionLengthMinutes } from "@stepwise/domain";
import { attendanceSessionProcedure } from "../scopes";
import { insertPresent } from "./attendance.queries";
import { openSessionForAttendance } from "./open-session";

/**
 * Everyone on the roster without a record becomes present for the whole session. Records that
 * exist are left as they are: this fills in the rest, it never overrides what was recorded.
 */
export const markAllPresent = attendanceSessionProcedure({ lock: true }).mutation(async ({ ctx }) => {
  const { session } = ctx;
  const opened = await openSessionForAttendance(ctx.db, session, new Date());
  const missing = opened.clientIds.filter((clientId) => !opened.records.has(clientId));
  const rows =
    missing.length === 0
      ? []
      : await insertPresent(ctx.db, { sessionId: session.id, clientIds: missing, minutesAttended: sessionLengthMinutes(session), recordedByStaffId: ctx.staff.staffMemberId });
  ctx.audit({
    clients: rows.map((row) => row.clientId),
    detail: { entries: rows.map((row) => ({ clientId: row.clientId, attendanceId: row.id, change: "new", revision: 1 })) },
  });
  return { marked: rows.length };
});
