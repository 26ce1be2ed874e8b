import { Badge, type BadgeTone } from "@stepwise/ui/components";
import { formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { clientLabels } from "@stepwise/ui/labels";
import type { ProgramAddress } from "@stepwise/domain";
import type { ClientSession } from "../plan/types";
import { SessionPlace } from "./session-place";

/** How the session went or what it is, said kindly: a missed session is a fact, not a judgement. */
function statusOf(session: ClientSession, now: Date): { label: string; tone: BadgeTone } {
  if (session.cancelled) return { label: "Cancelled", tone: "neutral" };
  if (session.attendanceStatus) {
    const tone: BadgeTone = session.attendanceStatus === "absent" || session.attendanceStatus === "excused" ? "neutral" : "ok";
    return { label: clientLabels.attendance[session.attendanceStatus], tone };
  }
  if (session.over) return { label: "Not recorded yet", tone: "neutral" };
  if (session.startsAt <= now) return { label: "Happening now", tone: "info" };
  return { label: "Coming up", tone: "info" };
}

function groupByDay(sessions: readonly ClientSession[], timeZone: string) {
  const days: { day: string; sessions: ClientSession[] }[] = [];
  for (const session of sessions) {
    const day = formatSessionDay(session.startsAt, timeZone);
    const last = days.at(-1);
    if (last && last.day === day) last.sessions.push(session);
    else days.push({ day, sessions: [session] });
  }
  return days;
}

function Place({ session, address }: { session: ClientSession; address: ProgramAddress | null }) {
  if (session.cancelled) return <p className="session__meta">This session won&apos;t take place. There&apos;s nothing you need to do.</p>;
  const parts = [];
  if (session.location) parts.push(<span key="where">Where: {session.location}</span>);
  if (session.videoUrl) {
    parts.push(
      <a key="video" href={session.videoUrl} target="_blank" rel="noopener noreferrer">
        Join by video<span className="visually-hidden"> (opens in a new tab)</span>
      </a>,
    );
  } else if (session.byVideo) {
    parts.push(<span key="video">By video</span>);
  }
  if (parts.length === 0) return <p className="session__meta">Place to be confirmed</p>;
  return (
    <>
      <p className="session__meta">{parts.flatMap((part, index) => (index === 0 ? [part] : [" · ", part]))}</p>
      {/* A room is in a building: say which, for a session held in person. */}
      {session.location && address ? <SessionPlace address={address} /> : null}
    </>
  );
}

/**
 * Sessions grouped by day, each with its kind, time (in the program's zone), place (with the
 * program's address, when given, for one held in person) and how it went.
 */
export function SessionList({
  sessions,
  timeZone,
  now,
  address = null,
  headingLevel = 3,
}: {
  sessions: readonly ClientSession[];
  timeZone: string;
  now: Date;
  address?: ProgramAddress | null;
  headingLevel?: 3 | 4;
}) {
  const DayHeading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div>
      {groupByDay(sessions, timeZone).map(({ day, sessions: daySessions }) => {
        const headingId = `day-${daySessions[0]?.id ?? day}`;
        return (
          <div key={day}>
            <DayHeading className="day-heading" id={headingId}>
              {day}
            </DayHeading>
            <ul className="sessions" aria-labelledby={headingId}>
              {daySessions.map((session) => {
                const status = statusOf(session, now);
                const kind = clientLabels.sessionKind[session.kind];
                const className = ["session", session.over ? "session--past" : "", session.cancelled ? "session--cancelled" : ""]
                  .filter(Boolean)
                  .join(" ");
                return (
                  <li key={session.id} className={className}>
                    <div className="session__head">
                      <p className="session__when">
                        <time dateTime={isoInstant(session.startsAt)}>
                          {formatTimeRange(session.startsAt, session.endsAt, timeZone)}
                        </time>
                      </p>
                      <Badge tone={status.tone}>{status.label}</Badge>
                    </div>
                    <p className="session__title">
                      <strong>{kind}</strong>
                      {session.title && session.title !== kind ? `: ${session.title}` : null}
                    </p>
                    {session.facilitatorName && !session.cancelled ? (
                      <p className="session__meta">With {session.facilitatorName}</p>
                    ) : null}
                    <Place session={session} address={address} />
                    {session.minutesAttended !== null && session.minutesAttended > 0 ? (
                      <p className="session__meta small">{session.minutesAttended} minutes counted</p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
