import { cancellationClosedReason, type FamilySessionTiming } from "@stepwise/domain";
import type { OutgoingMail } from "../../queries/outbox.queries";

/**
 * The mail family sessions send. An inbox can be shared or read over a shoulder, so a message
 * says as little as possible: a subject that names no session, program or place, the day and time
 * at most, and the portal for everything else, behind sign-in.
 */

type Recipient = { displayName: string; email: string };
type When = { startsAt: Date; timeZone: string };
type FamilySessionMail = Pick<OutgoingMail, "kind" | "toEmail" | "subject" | "body">;

const forDetails = "Sign in to the portal for details.";

/** "Tuesday, March 10 at 6:00 PM EDT": when a session starts, in its program's time zone, the zone named. */
export function formatSessionStart(session: When): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: session.timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(session.startsAt);
}

/**
 * To someone whose place on a waitlist became a seat. Promotion goes on until the start, past the
 * sign-up cutoff, when cancelling in the portal has closed: then the mail asks for a call instead.
 */
export function waitlistPromotionMail(person: Recipient, session: When & FamilySessionTiming, now: Date): FamilySessionMail {
  const ifNotComing =
    cancellationClosedReason(session, now) === null
      ? "If you can no longer come, please cancel there so someone else can have the seat."
      : "If you can't come, please call the center.";
  return {
    kind: "waitlist_promotion",
    toEmail: person.email,
    subject: "A seat has opened up for you",
    body: [
      `Hello ${person.displayName},`,
      `A seat has opened up, and it's yours: you're now signed up for the session on ${formatSessionStart(session)}.`,
      `${forDetails} ${ifNotComing}`,
    ].join("\n\n"),
  };
}

/** To each person holding a seat or a waitlist place when staff call the session off; the staff reason stays out. */
export function familySessionCancelledMail(person: Recipient, session: When): FamilySessionMail {
  return {
    kind: "family_session_cancelled",
    toEmail: person.email,
    subject: "A session you signed up for was cancelled",
    body: [
      `Hello ${person.displayName},`,
      `The session on ${formatSessionStart(session)} has been cancelled. You don't need to do anything: your sign-up ends with it.`,
      `${forDetails} If you have questions, please call the center.`,
    ].join("\n\n"),
  };
}
