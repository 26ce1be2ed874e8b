import type { CalendarDate } from "../time/calendar-date";
import { type EnrollmentHistory, expectedOnOption } from "../enrollment/enrollment-history";

export interface RosterSession {
  /** Set for a group session: everyone following this schedule option is expected. */
  scheduleOptionId: string | null;
  /** Set for an individual session: its one client. */
  clientId: string | null;
  /** The session's local date in its program's time zone. */
  date: CalendarDate;
}

/** A client's enrollment with its history: the roster asks it who was placed where on the session's day. */
export interface RosterEnrollment extends EnrollmentHistory {
  clientId: string;
}

/**
 * Who belongs on a session's attendance roster: for a group session, the clients placed on its
 * schedule option and in care that day, read from each enrollment's history (a later change of
 * level or a hold leaves the days before it as they were); for an individual session, its client;
 * and in both cases anyone who already has a record, so that a record is never hidden after an
 * enrollment changes.
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
            .filter((enrollment) => expectedOnOption(enrollment, optionId, session.date))
            .map((enrollment) => enrollment.clientId)
        : [];
  return [...new Set([...expected, ...recordedClientIds])];
}
