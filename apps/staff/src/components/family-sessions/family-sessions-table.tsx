import type { StaffOutputs } from "@stepwise/api/staff";
import { familySessionFormatLabels } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import Link from "next/link";

type ListedFamilySession = StaffOutputs["familySessions"]["list"][number];

/** Family sessions in a table: when, what, for whom, and how full. */
export function FamilySessionsTable({ id, caption, sessions }: { id: string; caption: string; sessions: readonly ListedFamilySession[] }) {
  const captionId = `${id}-caption`;
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="sessions-table">
        <caption id={captionId}>
          {caption} ({sessions.length})<span className="caption__hint">Times are in each program&apos;s time zone.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Time</th>
            <th scope="col">Session</th>
            <th scope="col">Format</th>
            <th scope="col">Seats taken</th>
            <th scope="col" className="numeric">
              Waitlist
            </th>
            <th scope="col">Facilitator</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const timeZone = session.program.timeZone;
            return (
              <tr key={session.id} className={session.cancelled ? "is-cancelled" : undefined}>
                <td>
                  <time dateTime={isoInstant(session.startsAt)}>{formatSessionDay(session.startsAt, timeZone)}</time>
                </td>
                <td>{formatTimeRange(session.startsAt, session.endsAt, timeZone)}</td>
                <th scope="row">
                  <Link href={`/family-sessions/${session.id}`}>{session.title}</Link>
                  <br />
                  <span className="small muted">{session.program.name}</span>
                  {session.cancelled ? (
                    <>
                      {" "}
                      <Badge tone="neutral">Cancelled</Badge>
                    </>
                  ) : null}
                </th>
                <td>
                  {familySessionFormatLabels[session.format]}
                  {session.client ? (
                    <>
                      <br />
                      <span className="small">{session.client.name}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {session.confirmedCount} of {session.capacity}
                </td>
                <td className="numeric">{session.waitlistCount}</td>
                <td>
                  {session.facilitator?.name ?? <span className="muted">Not assigned</span>}
                  {session.facilitator?.credentials ? <span className="small muted">, {session.facilitator.credentials}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
