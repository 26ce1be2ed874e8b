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
