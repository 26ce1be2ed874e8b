import type {
  AttendanceStatus,
  CareLevel,
  DischargeReason,
  EnrollmentStatus,
  ProgramTrack,
  ScheduleShift,
  SessionKind,
  StaffRole,
} from "@stepwise/domain";
import { careLevelDefinitions } from "@stepwise/domain";

/** The domain's vocabulary in the words staff read. Keys are checked against the domain's enums. */

export const sessionKindLabels: Record<SessionKind, string> = {
  process_group: "Process group",
  skills_group: "Skills group (CBT/DBT)",
  psychoeducation: "Psychoeducation",
  individual: "Individual therapy",
  family: "Family therapy",
  medication_management: "Medication management",
  case_management: "Case management",
};

export const attendanceLabels: Record<AttendanceStatus, string> = {
  present: "Present",
  late: "Late",
  left_early: "Left early",
  absent: "Absent",
  excused: "Excused",
};

export const trackLabels: Record<ProgramTrack, string> = {
  general_mental_health: "General mental health",
  trauma: "Trauma and PTSD",
  substance_use: "Substance use",
  co_occurring: "Co-occurring",
};

export const shiftLabels: Record<ScheduleShift, string> = {
  morning: "Morning",
  evening: "Evening",
  day: "Daytime",
};

export const enrollmentStatusLabels: Record<EnrollmentStatus, string> = {
  referred: "Referred",
  intake_scheduled: "Intake scheduled",
  active: "Active",
  on_hold: "On hold",
  discharged: "Discharged",
};

export const roleLabels: Record<StaffRole, string> = {
  clinician: "Clinician",
  program_director: "Program director",
  front_desk: "Front desk",
  administrator: "Administrator",
};

export const dischargeReasonLabels: Record<DischargeReason, string> = {
  completed: "Completed",
  stepped_down_to_outside_care: "Stepped down to outside care",
  referred_to_inpatient: "Referred to inpatient",
  transferred: "Transferred",
  left_against_advice: "Left against advice",
  administrative: "Administrative",
};

/** From the domain's own definitions, so the words match everywhere. */
export const careLevelShortLabels: Record<CareLevel, string> = {
  outpatient: careLevelDefinitions.outpatient.shortLabel,
  iop: careLevelDefinitions.iop.shortLabel,
  php: careLevelDefinitions.php.shortLabel,
};
