import type { StaffOutputs } from "@stepwise/api/staff";
import { attendanceAction, attendanceActionLabels } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import Link from "next/link";
import { SessionPlace } from "./session-place";

type DaySession = StaffOutputs["attendance"]["sessions"]["sessions"][number];

/** What can be done with a session's attendance now: the card's one action, or why there is none. */
function AttendanceLink({ session }: { session: DaySession }) {
  if (session.cancelled) {
    return (
      <p className="session-card__action">
        <Badge tone="neutral">Cancelled</Badge>
        {session.cancelled.reason ? <span className="small muted"> {session.cancelled.reason}</span> : null}
      </p>
    );
  }
  if (!session.attendance.open) {
    return (
      <p className="session-card__action">
        <span className="muted">Not started yet</span>{" "}
        <Link href={`/sessions/${session.id}`} className="target-link">
          Roster<span className="visually-hidden">: {session.title}</span>
        </Link>
      </p>
    );
  }
  const action = attendanceAction(session);
  return (
    <p className="session-card__action">
      <Link href={`/sessions/${session.id}`} className={action === "take" ? "button" : "button button--quiet"}>
        {attendanceActionLabels[action]}
        <span className="visually-hidden">: {session.title}</span>
      </Link>
    </p>
  );
}

/**
 * One day's sessions across programs, one card each: when and what first, then what to do with its
 * attendance, then the details. On a wide screen each card lays out as a row.
 */
export function SessionCards({ sessions }: { sessions: readonly DaySession[] }) {
  return (
    <>
      <p className="small muted">
        {sessions.length} {sessions.length === 1 ? "session" : "sessions"}. Times are in each program&apos;s time zone.
      </p>
      <ul className="session-cards">
        {sessions.map((session) => (
          <li key={session.id} className={session.cancelled ? "session-card card is-cancelled" : "session-card card"}>
            <div className="session-card__head">
              <time dateTime={isoInstant(session.startsAt)} className="session-card__when">
                {formatTimeRange(session.startsAt, session.endsAt, session.program.timeZone)}
              </time>
              <h3 className="session-card__title">{session.title}</h3>
              <p className="small muted">
                {staffLabels.sessionKind[session.kind]} · {session.format === "group" ? "Group" : "Individual"}
              </p>
            </div>
            <AttendanceLink session={session} />
            <dl className="session-card__facts">
              <div>
                <dt>Program</dt>
                <dd>{session.program.name}</dd>
              </div>
              <div>
                <dt>Place</dt>
                <dd>
                  <SessionPlace location={session.location} videoUrl={session.videoUrl} />
                </dd>
              </div>
              <div>
                <dt>Facilitator</dt>
                <dd>{session.facilitator ?? <span className="muted">Not assigned</span>}</dd>
              </div>
              <div>
                <dt>Recorded</dt>
                <dd>
                  {session.recorded} of {session.expected}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
