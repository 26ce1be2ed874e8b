import { type CalendarDate, type EnrollmentStatus, groupSessionSpan, joinableVideoUrl } from "@stepwise/domain";
import type { ClientSessionRow } from "./client-sessions.queries";

/**
 * A session as the client is shown it. The video link leaves the server only while it can still
 * be used (not cancelled, not over); afterwards the client only learns it was by video.
 */
export function toClientSession(row: ClientSessionRow, now: Date) {
  const { videoUrl, ...rest } = row;
  return {
    ...rest,
    byVideo: videoUrl !== null,
    videoUrl: joinableVideoUrl(row, now),
    over: row.endsAt.getTime() <= now.getTime(),
  };
}

export type ClientSession = ReturnType<typeof toClientSession>;

/** Whose sessions to read: the client's own, with their schedule option's groups while the enrollment runs. */
export function clientSessionScope(
  clientId: string,
  enrollment: {
    status: EnrollmentStatus;
    startsOn: CalendarDate;
    endsOn: CalendarDate | null;
    placedOn?: CalendarDate | null;
    scheduleOptionId: string | null;
  } | null,
  timeZone: string,
  now: Date,
) {
  const span = enrollment ? groupSessionSpan(enrollment, timeZone, now) : null;
  const groups = span && enrollment?.scheduleOptionId ? { scheduleOptionId: enrollment.scheduleOptionId, ...span } : null;
  return { clientId, groups };
}
