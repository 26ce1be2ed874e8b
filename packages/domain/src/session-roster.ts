import type { CalendarDate } from "./calendar-date";
import type { EnrollmentStatus } from "./enrollment-status";

export interface RosterSession {
  /** Set for a group session: everyone following this schedule option is expected. */
  scheduleOptionId: string | null;
  /** Set for an individual session: its one client. */
  clientId: string | null;
  /** The session's local date in its program's time zone. */
  date: CalendarDate;
}

export interface RosterEnrollment {
  clientId: string;
  status: EnrollmentStatus;
  scheduleOptionId: string | null;
  startsOn: CalendarDate;
  /** Exclusive end; null while open. */
  endsOn: CalendarDate | null;
}

/**
 * Enrollment statuses whose clients are expected at their schedule option's sessions.
 *
 * Active clients are, and so are discharged ones for dates inside their enrollment (a session
 * last week still lists a client discharged yesterday). A client on hold has paused treatment
 * and is not expected: listing them would make every session look short of attendance. Referred
 * and intake-scheduled clients have not started.
 */
const expectedStatuses: ReadonlySet<EnrollmentStatus> = new Set(["active", "discharged"]);

/** True when the enrollment expects the client at group sessions of its schedule option on `date`. */
export function enrollmentExpectedOn(enrollment: RosterEnrollment, scheduleOptionId: string, date: CalendarDate): boolean {
  return (
    expectedStatuses.has(enrollment.status) &&
    enrollment.scheduleOptionId === scheduleOptionId &&
    enrollment.startsOn <= date &&
    (enrollment.endsOn === null || date < enrollment.endsOn)
  );
}

/**
 * Who belongs on a session's attendance roster: for a group session, the clients expected on its
 * schedule option that day; for an individual session, its client; and in both cases anyone who
 * already has a record, so that a record is never hidden after an enrollment changes.
 * Each client once, in the order first met (expected first, then the recorded ones).
 */
export function sessionRosterClientIds(
  session: RosterSession,
  enrollments: readonly RosterEnrollment[],
  recordedClientIds: readonly string[],
): string[] {
  const optionId = session.scheduleOptionId;
  const expected =
    session.clientId !== null
      ? [session.clientId]
      : optionId !== null
        ? enrollments
            .filter((enrollment) => enrollmentExpectedOn(enrollment, optionId, session.date))
            .map((enrollment) => enrollment.clientId)
        : [];
  return [...new Set([...expected, ...recordedClientIds])];
}
