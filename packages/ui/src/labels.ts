import {
  careLevelDefinitions,
  familyRelationshipLabels,
  type AccountKind,
  type AttendanceStatus,
  type CareLevel,
  type DischargeReason,
  type EnrollmentStatus,
  type FamilyRelationship,
  type ProgramTrack,
  type ScheduleShift,
  type SessionKind,
  type StaffRole,
} from "@stepwise/domain";

/**
 * The domain's vocabulary in people's words, in one place for both apps. Two audiences read it:
 * clients and their families (plain words, a missed session said kindly) and staff (the clinical
 * terms). Keys are checked against the domain's enums; words both audiences share are written once.
 */

const shift: Record<ScheduleShift, string> = {
  morning: "Morning",
  evening: "Evening",
  day: "Daytime",
};

const trackBase = {
  general_mental_health: "General mental health",
  trauma: "Trauma and PTSD",
  substance_use: "Substance use",
} as const;

const enrollmentStatusBase = {
  referred: "Referred",
  intake_scheduled: "Intake scheduled",
  active: "Active",
  on_hold: "On hold",
} as const;

/** What a client or family member reads. */
export const clientLabels = {
  sessionKind: {
    process_group: "Group therapy",
    skills_group: "Skills group (CBT/DBT)",
    psychoeducation: "Learning session (psychoeducation)",
    individual: "Individual therapy",
    family: "Family therapy",
    medication_management: "Medication check-in",
    case_management: "Case management",
  } satisfies Record<SessionKind, string>,
  /** How a past session went, said kindly: a missed session is a fact, not a judgement. */
  attendance: {
    present: "Attended",
    late: "Attended (arrived late)",
    left_early: "Attended (left early)",
    absent: "Missed",
    excused: "Excused",
  } satisfies Record<AttendanceStatus, string>,
  track: { ...trackBase, co_occurring: "Co-occurring (mental health and substance use)" } satisfies Record<ProgramTrack, string>,
  shift,
  enrollmentStatus: { ...enrollmentStatusBase, discharged: "Completed or discharged" } satisfies Record<EnrollmentStatus, string>,
} as const;

/** What staff read. */
export const staffLabels = {
  sessionKind: {
    process_group: "Process group",
    skills_group: "Skills group (CBT/DBT)",
    psychoeducation: "Psychoeducation",
    individual: "Individual therapy",
    family: "Family therapy",
    medication_management: "Medication management",
    case_management: "Case management",
  } satisfies Record<SessionKind, string>,
  attendance: {
    present: "Present",
    late: "Late",
    left_early: "Left early",
    absent: "Absent",
    excused: "Excused",
  } satisfies Record<AttendanceStatus, string>,
  track: { ...trackBase, co_occurring: "Co-occurring" } satisfies Record<ProgramTrack, string>,
  shift,
  enrollmentStatus: { ...enrollmentStatusBase, discharged: "Discharged" } satisfies Record<EnrollmentStatus, string>,
  /** The client's own choice of words, read about the client rather than in their voice. */
  familyRelationship: {
    ...familyRelationshipLabels,
    other: "Someone else close to the client",
  } satisfies Record<FamilyRelationship, string>,
  /** Who acted, by the kind of account (the audit's "Account"). */
  accountKind: { client: "Client", family: "Family member", staff: "Staff" } satisfies Record<AccountKind, string>,
  role: {
    clinician: "Clinician",
    program_director: "Program director",
    front_desk: "Front desk",
    administrator: "Administrator",
    privacy_officer: "Privacy officer",
  } satisfies Record<StaffRole, string>,
  dischargeReason: {
    completed: "Completed",
    stepped_down_to_outside_care: "Stepped down to outside care",
    referred_to_inpatient: "Referred to inpatient",
    transferred: "Transferred",
    left_against_advice: "Left against advice",
    administrative: "Administrative",
  } satisfies Record<DischargeReason, string>,
  /** From the domain's own definitions, so the words match everywhere. */
  careLevelShort: {
    outpatient: careLevelDefinitions.outpatient.shortLabel,
    iop: careLevelDefinitions.iop.shortLabel,
    php: careLevelDefinitions.php.shortLabel,
  } satisfies Record<CareLevel, string>,
} as const;
