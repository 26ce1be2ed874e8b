import type { StaffOutputs } from "@stepwise/api/staff";
import { Badge } from "@stepwise/ui/components";
import { formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";
import { SessionPlace } from "./session-place";

type DaySessions = StaffOutputs["attendance"]["sessions"];

/** One day's sessions across programs, with how much attendance each has recorded. */
export function SessionsTable({ sessions }: { sessions: DaySessions["sessions"] }) {
  return (
    <div className="table-wrap" role="region" aria-labelledby="sessions-caption" tabIndex={0}>
      <table className="sessions-table">
        <caption id="sessions-caption">
          Sessions ({sessions.length})
          <span className="caption__hint">Times are in each program&apos;s time zone.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Session</th>
            <th scope="col">Program</th>
            <th scope="col">Place</th>
            <th scope="col">Facilitator</th>
            <th scope="col" className="numeric">
              Recorded / expected
            </th>
            <th scope="col">Attendance</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id} className={session.cancelled ? "is-cancelled" : undefined}>
              <td>
                <time dateTime={isoInstant(session.startsAt)}>
                  {formatTimeRange(session.startsAt, session.endsAt, session.program.timeZone)}
                </time>
              </td>
              <th scope="row">
                {session.title}
                <br />
                <span className="small muted">
                  {staffLabels.sessionKind[session.kind]} · {session.format === "group" ? "Group" : "Individual"}
                </span>
              </th>
              <td>{session.program.name}</td>
              <td>
                <SessionPlace location={session.location} videoUrl={session.videoUrl} />
              </td>
              <td>{session.facilitator ?? <span className="muted">Not assigned</span>}</td>
              <td className="numeric">
                {session.recorded} / {session.expected}
              </td>
              <td>
                {session.cancelled ? (
                  <>
                    <Badge tone="neutral">Cancelled</Badge>
                    {session.cancelled.reason ? <span className="small muted"> {session.cancelled.reason}</span> : null}
                  </>
                ) : session.attendance.open ? (
                  <Link href={`/sessions/${session.id}`}>
                    Take attendance<span className="visually-hidden">: {session.title}</span>
                  </Link>
                ) : (
                  <>
                    <span className="muted">Not started yet</span>{" "}
                    <Link href={`/sessions/${session.id}`}>
                      Roster<span className="visually-hidden">: {session.title}</span>
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
