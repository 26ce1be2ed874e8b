import { formatSessionDay, formatTimeRange } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import type { ClientDetail } from "~/components/enrollment/types";

/** The client's recent sessions with what was recorded. */
export function RecentSessions({ detail, timeZone }: { detail: ClientDetail; timeZone: string }) {
  if (detail.attendance.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Recent sessions</h2>
      <div className="table-wrap" role="region" aria-labelledby="sessions-caption" tabIndex={0}>
        <table>
          <caption id="sessions-caption" className="visually-hidden">
            Sessions with recorded attendance, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Session</th>
              <th scope="col">Attendance</th>
              <th scope="col" className="numeric">
                Minutes
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.attendance.map((record) => (
              <tr key={record.sessionId}>
                <th scope="row">
                  {formatSessionDay(record.startsAt, timeZone)}
                  <br />
                  <span className="small muted">{formatTimeRange(record.startsAt, record.endsAt, timeZone)}</span>
                </th>
                <td>
                  {staffLabels.sessionKind[record.kind]}
                  {record.title !== staffLabels.sessionKind[record.kind] ? (
                    <>
                      <br />
                      <span className="small muted">{record.title}</span>
                    </>
                  ) : null}
                </td>
                <td>{staffLabels.attendance[record.status]}</td>
                <td className="numeric">{record.minutesAttended}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
