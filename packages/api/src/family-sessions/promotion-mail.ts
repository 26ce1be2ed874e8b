import { formatSessionTime } from "./session-time";

/**
 * The note to someone whose place on a waitlist became a seat. It names the session and its time
 * and nothing about anyone's care, since mail can be read over a shoulder.
 */
export function waitlistPromotionMail(
  person: { displayName: string; email: string },
  session: { title: string; startsAt: Date; endsAt: Date; timeZone: string; location: string | null; videoUrl: string | null },
) {
  const when = formatSessionTime(session);
  const where = session.location
    ? `Where: ${session.location}${session.videoUrl ? " (you can also join by video; the link is in the portal)" : ""}`
    : "It's by video: you'll find the link in the portal under Family sessions.";
  return {
    kind: "waitlist_promotion" as const,
    toEmail: person.email,
    subject: `Good news: you have a seat at ${session.title}`,
    body: [
      `Hello ${person.displayName},`,
      "",
      `A seat has opened up, and it's yours. You're now confirmed for ${session.title} on ${when}.`,
      where,
      "",
      "If you can no longer come, please cancel in the portal under Family sessions so someone else can have the seat.",
      "",
      "We look forward to seeing you.",
    ].join("\n"),
  };
}
