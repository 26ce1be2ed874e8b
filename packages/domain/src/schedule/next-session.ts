/**
 * The session a client's home opens on: the one happening now, else the next one to start.
 * Cancelled and finished sessions are never "next". Sessions may come in any order.
 */
export function nextSessionOf<Session extends { startsAt: Date; endsAt: Date; cancelled: boolean }>(
  sessions: readonly Session[],
  now: Date,
): { session: Session; happeningNow: boolean } | null {
  let next: Session | null = null;
  for (const session of sessions) {
    if (session.cancelled || session.endsAt.getTime() <= now.getTime()) continue;
    if (!next || session.startsAt.getTime() < next.startsAt.getTime()) next = session;
  }
  return next ? { session: next, happeningNow: next.startsAt.getTime() <= now.getTime() } : null;
}
