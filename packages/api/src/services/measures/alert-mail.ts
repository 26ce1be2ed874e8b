import type { OutgoingMail } from "../../queries/outbox.queries";

type Mail = Pick<OutgoingMail, "kind" | "toEmail" | "subject" | "body">;

/**
 * The mails a safety alert sends. Mail can be read over a shoulder or on a locked screen, so they
 * say nothing about the client: not a name, initials, program, measure or answer. Staff sign in
 * to see who and why.
 */
export function safetyAlertMail(toEmail: string): Mail {
  return {
    kind: "safety_alert",
    toEmail,
    subject: "A client on your care team needs follow-up",
    body: [
      "A client on your care team needs follow-up.",
      "Sign in to Stepwise to see who, and take up the alert in the alerts queue.",
    ].join("\n"),
  };
}

/** To a program director, when an alert has waited past its deadline with no one taking it up. */
export function safetyAlertEscalationMail(toEmail: string): Mail {
  return {
    kind: "safety_alert_escalation",
    toEmail,
    subject: "A safety alert is waiting for follow-up",
    body: [
      "A safety alert has not been taken up in the time your program allows.",
      "Sign in to Stepwise to see it in the alerts queue, and make sure someone reaches the client.",
    ].join("\n"),
  };
}

/** To a client with a check-in still open: no measure or reason named, only that one waits. */
export function checkInReminderMail(toEmail: string): Mail {
  return {
    kind: "check_in_reminder",
    toEmail,
    subject: "A check-in is waiting for you",
    body: [
      "Your care team has a short check-in waiting for you in the portal.",
      "It takes a few minutes, and helps them see how things have been going.",
      "Sign in to Stepwise to answer it.",
    ].join("\n"),
  };
}
