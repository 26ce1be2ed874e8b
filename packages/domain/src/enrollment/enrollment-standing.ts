import { isEnrollmentOpen } from "./enrollment-lifecycle";
import type { DischargeReason, EnrollmentStatus } from "./enrollment-status";

export interface EnrollmentOutcome {
  status: EnrollmentStatus;
  dischargeReason: DischargeReason | null;
  /**
   * Whether the program ever started: activation writes the admission into the level-of-care
   * history, so an enrollment with no level-of-care change never started.
   */
  started: boolean;
}

/**
 * A referral (or booked intake) that was closed before the program started. Read from whether it
 * started, not from the closing day the database stores with it (which only frees its dates):
 * only a never-started enrollment can be closed, so the two agree.
 */
export function closedBeforeStart<Enrollment extends Pick<EnrollmentOutcome, "status" | "started">>(enrollment: Enrollment): boolean {
  return enrollment.status === "discharged" && !enrollment.started;
}

/**
 * How one enrollment stands: its status, except that a discharge before the program started is
 * a closed referral, not the end of care.
 */
export type EnrollmentStanding = EnrollmentStatus | "referral_closed";

export function enrollmentStandingOf(enrollment: Pick<EnrollmentOutcome, "status" | "started">): EnrollmentStanding {
  return closedBeforeStart(enrollment) ? "referral_closed" : enrollment.status;
}

/**
 * An alumnus has finished at least one enrollment here and has none open, so they see alumni
 * groups rather than program groups. How the enrollment ended does not matter: alumni groups
 * are open to anyone who went through the program. A referral closed before it started does
 * not count: that person never went through the program.
 */
export function isAlumnus(enrollments: readonly EnrollmentOutcome[]): boolean {
  const anyFinished = enrollments.some((e) => e.status === "discharged" && e.started);
  const anyOpen = enrollments.some((e) => isEnrollmentOpen(e.status));
  return anyFinished && !anyOpen;
}
