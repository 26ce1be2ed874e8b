import type { Executor } from "@stepwise/db/client";
import { groupBy } from "../../core/group-by";
import { type SessionRow, findNamesLastFirst, findRevisions, rostersOf } from "./attendance.queries";
import { sessionView } from "./session-view";

/** A session and everyone on its roster, each with their current record and its revisions. */
export async function getAttendanceRoster(db: Executor, session: SessionRow, now: Date) {
  const roster = (await rostersOf(db, [session])).get(session.id);
  const clientIds = roster?.clientIds ?? [];
  const [names, revisions] = await Promise.all([findNamesLastFirst(db, clientIds), findRevisions(db, session.id)]);
  const revisionsByClient = groupBy(revisions, (revision) => revision.clientId);
  const entries = clientIds
    .map((clientId) => {
      const record = roster?.records.get(clientId) ?? null;
      return {
        clientId,
        name: names.get(clientId) ?? "",
        record: record
          ? {
              status: record.status,
              minutesAttended: record.minutesAttended,
              note: record.note,
              revision: record.revision,
              recordedAt: record.recordedAt,
              recordedBy: record.recordedBy,
            }
          : null,
        revisions: (revisionsByClient.get(clientId) ?? []).map(({ clientId: _client, ...revision }) => revision),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { session: sessionView(session, now), roster: entries };
}

export type AttendanceRoster = Awaited<ReturnType<typeof getAttendanceRoster>>;
