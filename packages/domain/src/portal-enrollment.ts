import type { CalendarDate } from "./calendar-date";
import { type EnrollmentOutcome, closedBeforeStart, isAlumnus } from "./discharge-plan";

/** What the client portal needs of each of the client's enrollments to choose the one it is about. */
export interface PortalEnrollmentCandidate extends EnrollmentOutcome {
  startsOn: CalendarDate;
}

export interface PortalEnrollmentChoice<Enrollment> {
  /**
   * The enrollment the portal shows (plan, hours, schedule, calendar feed, continuing care): the
   * open one, otherwise the latest that actually started. Null when neither exists.
   */
  episode: Enrollment | null;
  /**
   * A referral closed before it started, when none is open and nothing started after it: it only
   * earns the kind "your referral is closed" next step, never a plan, hours or "your time ended".
   */
  closedReferral: Enrollment | null;
  alumnus: boolean;
}

/** The later-starting of two; on the same planned start, the one already held. */
function later<Enrollment extends PortalEnrollmentCandidate>(held: Enrollment | null, next: Enrollment): Enrollment {
  return held && held.startsOn >= next.startsOn ? held : next;
}

/**
 * Which of a client's enrollments the portal is about. A closed referral never hides an episode
 * of care that did run: a graduate whose later referral closed keeps their continuing-care plan,
 * their crisis plan and the hours and sessions of the program they went through.
 */
export function portalEnrollmentOf<Enrollment extends PortalEnrollmentCandidate>(
  enrollments: readonly Enrollment[],
): PortalEnrollmentChoice<Enrollment> {
  let open: Enrollment | null = null;
  let started: Enrollment | null = null;
  let closed: Enrollment | null = null;
  for (const enrollment of enrollments) {
    if (enrollment.status !== "discharged") open = later(open, enrollment);
    else if (closedBeforeStart(enrollment)) closed = later(closed, enrollment);
    else started = later(started, enrollment);
  }
  const episode = open ?? started;
  const closedReferral = !open && closed && (!started || closed.startsOn > started.startsOn) ? closed : null;
  return { episode, closedReferral, alumnus: isAlumnus(enrollments) };
}
