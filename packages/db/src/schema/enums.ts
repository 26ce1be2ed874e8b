import {
  accountKinds,
  attendanceStatuses,
  careLevels,
  dischargeReasons,
  enrollmentStatuses,
  programTracks,
  scheduleShifts,
  sessionKinds,
  staffRoles,
} from "@stepwise/domain";
import { pgEnum } from "drizzle-orm/pg-core";

// Every enum takes its values from @stepwise/domain: one vocabulary from table to screen.
export const accountKind = pgEnum("account_kind", accountKinds);
export const staffRole = pgEnum("staff_role", staffRoles);
export const careLevel = pgEnum("care_level", careLevels);
export const programTrack = pgEnum("program_track", programTracks);
export const scheduleShift = pgEnum("schedule_shift", scheduleShifts);
export const enrollmentStatus = pgEnum("enrollment_status", enrollmentStatuses);
export const dischargeReason = pgEnum("discharge_reason", dischargeReasons);
export const sessionKind = pgEnum("session_kind", sessionKinds);
export const attendanceStatus = pgEnum("attendance_status", attendanceStatuses);
