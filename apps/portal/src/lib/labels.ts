import type {
  AttendanceStatus,
  EnrollmentStatus,
  ProgramTrack,
  ScheduleShift,
  SessionKind,
} from "@stepwise/domain";

/** The domain's vocabulary in the words a client reads. Keys are checked against the domain's enums. */

export const sessionKindLabels: Record<SessionKind, string> = {
  process_group: "Group therapy",
  skills_group: "Skills group (CBT/DBT)",
  psychoeducation: "Learning session (psychoeducation)",
  individual: "Individual therapy",
  family: "Family therapy",
  medication_management: "Medication check-in",
  case_management: "Case management",
};

/** How a past session went, said kindly: a missed session is a fact, not a judgement. */
export const attendanceLabels: Record<AttendanceStatus, string> = {
  present: "Attended",
  late: "Attended (arrived late)",
  left_early: "Attended (left early)",
  absent: "Missed",
  excused: "Excused",
};

export const trackLabels: Record<ProgramTrack, string> = {
  general_mental_health: "General mental health",
  trauma: "Trauma and PTSD",
  substance_use: "Substance use",
  co_occurring: "Co-occurring (mental health and substance use)",
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
  discharged: "Completed or discharged",
};
