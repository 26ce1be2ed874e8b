import { formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import type { ClientDetail } from "~/components/enrollment/types";

type AttendanceRecord = ClientDetail["attendance"][number];

/** How many sessions show before the rest fold away, so the record stays short on a phone. */
const shownFirst = 5;

function SessionRecordList({ records, timeZone }: { records: readonly AttendanceRecord[]; timeZone: string }) {
  return (
    <ul className="record-sessions">
      {records.map((record) => (
        <li key={record.sessionId} className="record-sessions__item">
          <div>
            <time dateTime={isoInstant(record.startsAt)} className="record-sessions__when">
              {formatSessionDay(record.startsAt, timeZone)}, {formatTimeRange(record.startsAt, record.endsAt, timeZone)}
            </time>
            <span className="small muted">
              {staffLabels.sessionKind[record.kind]}
              {record.title !== staffLabels.sessionKind[record.kind] ? ` · ${record.title}` : null}
            </span>
          </div>
          <p className="record-sessions__status">
            {staffLabels.attendance[record.status]}, {record.minutesAttended} min
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The client's recent sessions with what was recorded, newest first; older ones behind a disclosure. */
export function RecentSessions({ detail, timeZone }: { detail: ClientDetail; timeZone: string }) {
  if (detail.attendance.length === 0) return null;
  const first = detail.attendance.slice(0, shownFirst);
  const earlier = detail.attendance.slice(shownFirst);
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Recent sessions</h2>
      <p className="small muted">Sessions with recorded attendance, newest first.</p>
      <SessionRecordList records={first} timeZone={timeZone} />
      {earlier.length > 0 ? (
        <details className="action-panel">
          <summary>
            {earlier.length} earlier {earlier.length === 1 ? "session" : "sessions"}
          </summary>
          <SessionRecordList records={earlier} timeZone={timeZone} />
        </details>
      ) : null}
    </section>
  );
}
