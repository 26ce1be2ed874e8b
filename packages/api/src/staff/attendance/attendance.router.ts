import { createRouter } from "../../core/trpc";
import { attendanceHistory } from "./history.procedure";
import { attendanceRoster } from "./roster.procedure";
import { markAllPresent } from "./mark-all-present.procedure";
import { recordSessionAttendance } from "./record.procedure";
import { sessionsOnDate } from "./sessions.procedure";
import { todaysSessions } from "./today.procedure";

/** Taking attendance per session: front desk, clinicians and program directors (attendance.write). */
export const attendanceRouter = createRouter({
  sessions: sessionsOnDate,
  /** The Today view of the front desk and clinicians. */
  today: todaysSessions,
  roster: attendanceRoster,
  record: recordSessionAttendance,
  markAllPresent,
  history: attendanceHistory,
});
