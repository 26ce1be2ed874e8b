import type { Executor } from "@stepwise/db/client";
import { type EnrollmentHistory, groupSessionSpans, joinableVideoUrl } from "@stepwise/domain";
import { findEnrollmentHistory } from "../queries/enrollment-history.queries";
import type { ClientSessionRow } from "../queries/client-sessions.queries";

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

/**
 * Whose sessions to read: the client's own, with the groups of each schedule option they were
 * placed on for the days they were in care under it, read from the enrollment's history as the
 * staff roster reads it, so both list the client at the same sessions.
 */
export function clientSessionScope(clientId: string, history: EnrollmentHistory | null, timeZone: string) {
  return { clientId, groups: history ? groupSessionSpans(history, timeZone) : [] };
}

/** The same, reading the enrollment's history first. */
export async function findClientSessionScope(db: Executor, clientId: string, enrollment: { id: string } | null, timeZone: string) {
  return clientSessionScope(clientId, enrollment ? await findEnrollmentHistory(db, enrollment.id) : null, timeZone);
}
