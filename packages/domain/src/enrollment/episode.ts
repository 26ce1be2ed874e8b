import type { CalendarDate } from "../time/calendar-date";
import { isEnrollmentOpen } from "./enrollment-lifecycle";
import { type EnrollmentOutcome, closedBeforeStart, isAlumnus } from "./enrollment-standing";

/** What choosing the episode needs of each of a client's enrollments. */
export interface EpisodeCandidate extends EnrollmentOutcome {
  startsOn: CalendarDate;
  /** The day a referral was closed before it started; null for any other enrollment. */
  referralClosedOn: CalendarDate | null;
  /** When the enrollment was recorded: orders two that happened on the same day. */
  createdAt: Date;
}

/**
 * The day an enrollment took its place in the client's story: a referral closed before it
 * started on the day it was closed (its planned start never happened, and closing frees those
 * dates, so a new referral can start before it), anything else on its start. An episode is
 * placed by its start rather than its end: only one enrollment is open at a time, so a referral
 * is closed either before an episode was opened or after it ended, and one closed on an
 * episode's last day would rank before that episode by its (exclusive) end. A closed referral
 * without a closing day (none is left so: migration 0006 filled them in) falls back to its planned start.
 */
export function enrollmentHappenedOn(enrollment: Pick<EpisodeCandidate, "status" | "started" | "startsOn" | "referralClosedOn">): CalendarDate {
  return closedBeforeStart(enrollment) ? (enrollment.referralClosedOn ?? enrollment.startsOn) : enrollment.startsOn;
}

/** True when `a` happened after `b`: by the day each happened, then by when each was recorded. */
export function happenedAfter(a: EpisodeCandidate, b: EpisodeCandidate): boolean {
  const dayA = enrollmentHappenedOn(a);
  const dayB = enrollmentHappenedOn(b);
  return dayA !== dayB ? dayA > dayB : a.createdAt.getTime() > b.createdAt.getTime();
}

export interface EpisodeChoice<Enrollment> {
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

/** The one of two that happened later. */
function later<Enrollment extends EpisodeCandidate>(held: Enrollment | null, next: Enrollment): Enrollment {
  return held && !happenedAfter(next, held) ? held : next;
}

/**
 * Which of a client's enrollments is their episode, the one the portal is about. A closed
 * referral never hides an episode of care that did run: a graduate whose later referral closed
 * keeps their continuing-care plan, their crisis plan and the hours and sessions of the program
 * they went through.
 */
export function episodeOf<Enrollment extends EpisodeCandidate>(enrollments: readonly Enrollment[]): EpisodeChoice<Enrollment> {
  let open: Enrollment | null = null;
  let started: Enrollment | null = null;
  let closed: Enrollment | null = null;
  for (const enrollment of enrollments) {
    if (isEnrollmentOpen(enrollment.status)) open = later(open, enrollment);
    else if (closedBeforeStart(enrollment)) closed = later(closed, enrollment);
    else started = later(started, enrollment);
  }
  const episode = open ?? started;
  const closedReferral = !open && closed && (!started || happenedAfter(closed, started)) ? closed : null;
  return { episode, closedReferral, alumnus: isAlumnus(enrollments) };
}

/**
 * The enrollment a client is about, for staff as for the portal: the open one, else the latest
 * episode that ran, else the latest closed referral. Its standing (clientStandingOf) is then
 * "alumni" exactly when isAlumnus holds: a graduate whose later referral closed stays an alumnus.
 */
export function clientEnrollmentOf<Enrollment extends EpisodeCandidate>(enrollments: readonly Enrollment[]): Enrollment | null {
  const { episode, closedReferral } = episodeOf(enrollments);
  if (episode) return episode;
  return closedReferral ?? null;
}
