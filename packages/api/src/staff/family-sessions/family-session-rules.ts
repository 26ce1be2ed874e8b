import {
  type CalendarDate,
  type FamilySessionFormat,
  type StaffRole,
  compareCalendarDates,
  instantToZonedDate,
} from "@stepwise/domain";

/** Who may lead a family session: the clinical roles, as on a care team. */
export const familySessionFacilitatorRoles = ["clinician", "program_director"] as const satisfies readonly StaffRole[];

export function mayFacilitateFamilySession(role: StaffRole): boolean {
  return (familySessionFacilitatorRoles as readonly StaffRole[]).includes(role);
}

/** A one-family session names its client; a multi-family group is open to every family in the program. */
export function familySessionFormatOf(session: { clientId: string | null }): FamilySessionFormat {
  return session.clientId === null ? "multi_family" : "single_family";
}

/**
 * Why a family session can't be scheduled for this date and start, in plain words: it must still
 * be to come, judged on the program's own calendar and clock.
 */
export function pastScheduleRefusals(at: { date: CalendarDate; startsAt: Date; timeZone: string }, now: Date): string[] {
  const today = instantToZonedDate(now, at.timeZone);
  if (compareCalendarDates(at.date, today) < 0) return ["The date is in the past; choose today or a later day."];
  if (at.startsAt.getTime() <= now.getTime()) return ["That start time today has already passed; choose a later time."];
  return [];
}

/** "Tue, Mar 10, 2026, 6:00 PM EDT": a session's start in its program's zone, for mail. */
export function formatSessionStart(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(instant);
}

/**
 * The mail sent to each person signed up (or waitlisted) when staff call a session off. It names
 * only the session and its time: the staff reason and the program stay out of an inbox others
 * may read.
 */
export function cancellationMail(person: { displayName: string }, session: { title: string; startsAt: Date; timeZone: string }) {
  return {
    subject: "A family session was cancelled",
    body: [
      `Hello ${person.displayName},`,
      `The family session "${session.title}" on ${formatSessionStart(session.startsAt, session.timeZone)} has been cancelled.`,
      "You don't need to do anything: your sign-up ends with it.",
      "If you have questions, please call the center.",
    ].join("\n\n"),
  };
}
