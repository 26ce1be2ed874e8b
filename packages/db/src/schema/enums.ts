import {
  accountKinds,
  alertActions,
  alertEventKinds,
  alertReasons,
  checkInOccasions,
  attendanceStatuses,
  consentExpiryEvents,
  consentScopes,
  careLevels,
  dischargeReasons,
  enrollmentStatuses,
  familyRelationships,
  instrumentIds,
  locDecisions,
  planSigners,
  planVersionReasons,
  programTracks,
  recommendedLevels,
  scheduleShifts,
  sessionKinds,
  signUpStatuses,
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
export const consentScope = pgEnum("consent_scope", consentScopes);
export const consentExpiryEvent = pgEnum("consent_expiry_event", consentExpiryEvents);
export const familyRelationship = pgEnum("family_relationship", familyRelationships);
export const signUpStatus = pgEnum("sign_up_status", signUpStatuses);
export const measureInstrument = pgEnum("measure_instrument", instrumentIds);
export const checkInOccasion = pgEnum("check_in_occasion", checkInOccasions);
export const alertReason = pgEnum("alert_reason", alertReasons);
export const alertEventKind = pgEnum("alert_event_kind", alertEventKinds);
export const alertAction = pgEnum("alert_action", alertActions);
export const planVersionReason = pgEnum("plan_version_reason", planVersionReasons);
export const planSigner = pgEnum("plan_signer", planSigners);
export const recommendedLevel = pgEnum("recommended_level", recommendedLevels);
export const locDecision = pgEnum("loc_decision", locDecisions);
