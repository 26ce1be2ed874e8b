import { createRouter } from "../../trpc";
import { attendanceHistory } from "./attendance-history.procedure";
import { attendanceRoster } from "./attendance-roster.procedure";
import { markAllPresent } from "./mark-all-present.procedure";
import { recordSessionAttendance } from "./record-attendance.procedure";
import { sessionsOnDate } from "./sessions-on-date.procedure";

/** Taking attendance per session: front desk, clinicians and program directors (attendance.write). */
export const attendanceRouter = createRouter({
  sessions: sessionsOnDate,
  roster: attendanceRoster,
  record: recordSessionAttendance,
  markAllPresent,
  history: attendanceHistory,
});
