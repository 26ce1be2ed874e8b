import type { StaffOutputs } from "@stepwise/api/staff";
import { attendanceActionLabels } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatTimeRange, isoInstant } from "@stepwise/ui/format";
import Link from "next/link";
import { SessionPlace } from "~/components/sessions/session-place";

export type TodaySession = StaffOutputs["attendance"]["today"]["sessions"][number];

/** "8 expected · 3 not marked yet", or that everyone is marked. */
function progressWords(session: TodaySession): string {
  const expected = `${session.expected} expected`;
  if (session.expected === 0 && session.recorded === 0) return "No one expected yet";
  if (session.unmarked === 0) return `${expected} · everyone marked`;
  return `${expected} · ${session.unmarked} not marked yet`;
}

/**
 * One of today's sessions: when, what and where, who is expected and who is not marked yet, and
 * the one tap to take (or review) its attendance.
 */
export function TodaySessionCard({ session }: { session: TodaySession }) {
  const headingId = `today-session-${session.id}`;
  return (
    <li className={`session-card session-card--today card${session.cancelled ? " is-cancelled" : ""}`} aria-labelledby={headingId}>
      <div className="session-card__head">
        <p className="session-card__when">
          <time dateTime={isoInstant(session.startsAt)}>{formatTimeRange(session.startsAt, session.endsAt, session.program.timeZone)}</time>
        </p>
        <h3 id={headingId} className="session-card__title">
          {session.title}
        </h3>
        <p className="small muted">
          {session.program.name} · <SessionPlace location={session.location} videoUrl={session.videoUrl} />
          {session.facilitator ? ` · ${session.facilitator}` : null}
        </p>
      </div>
      {session.cancelled ? (
        <p className="session-card__action">
          <Badge tone="neutral">Cancelled</Badge>
          {session.cancelled.reason ? <span className="small muted"> {session.cancelled.reason}</span> : null}
        </p>
      ) : (
        <div className="session-card__action">
          <p className="session-card__progress">{progressWords(session)}</p>
          {session.attendance.open ? (
            <Link href={`/sessions/${session.id}`} className={session.action === "take" ? "button" : "button button--quiet"}>
              {attendanceActionLabels[session.action]}
              <span className="visually-hidden">: {session.title}</span>
            </Link>
          ) : (
            <>
              <p className="small muted">Attendance opens when the session starts.</p>
              <Link href={`/sessions/${session.id}`} className="button button--quiet">
                Who is expected<span className="visually-hidden">: {session.title}</span>
              </Link>
            </>
          )}
        </div>
      )}
    </li>
  );
}
