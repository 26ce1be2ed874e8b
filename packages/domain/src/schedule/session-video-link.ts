/**
 * A video link is a way into a session, so a client is only handed one while it can still be
 * used: the session is not cancelled and not over. Only https links count: a stored address is
 * never trusted to be harmless.
 */
export function joinableVideoUrl(
  session: { videoUrl: string | null; endsAt: Date; cancelled: boolean },
  now: Date,
): string | null {
  if (!session.videoUrl || session.cancelled || session.endsAt.getTime() <= now.getTime()) return null;
  try {
    return new URL(session.videoUrl).protocol === "https:" ? session.videoUrl : null;
  } catch {
    return null;
  }
}
