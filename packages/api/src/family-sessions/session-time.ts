/** "Wednesday, March 4, 6:00 – 7:30 PM EST": a session's day and hours in its program's zone, the zone named. */
export function formatSessionTime(session: { startsAt: Date; endsAt: Date; timeZone: string }): string {
  const day = new Intl.DateTimeFormat("en-US", { timeZone: session.timeZone, weekday: "long", month: "long", day: "numeric" }).format(
    session.startsAt,
  );
  const hours = new Intl.DateTimeFormat("en-US", {
    timeZone: session.timeZone,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).formatRange(session.startsAt, session.endsAt);
  return `${day}, ${hours}`;
}
