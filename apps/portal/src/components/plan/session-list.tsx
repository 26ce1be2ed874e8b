import { Badge, type BadgeTone } from "@stepwise/ui/components";
import { formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import { clientLabels } from "@stepwise/ui/labels";
import type { PlanSession } from "./types";

function statusOf(session: PlanSession, now: Date): { label: string; tone: BadgeTone } {
  if (session.cancelled) return { label: "Cancelled", tone: "neutral" };
  if (session.attendanceStatus) {
    const tone: BadgeTone =
      session.attendanceStatus === "absent" ? "warn" : session.attendanceStatus === "excused" ? "neutral" : "ok";
    return { label: clientLabels.attendance[session.attendanceStatus], tone };
  }
  if (session.endsAt <= now) return { label: "Not recorded yet", tone: "neutral" };
  if (session.startsAt <= now) return { label: "Happening now", tone: "info" };
  return { label: "Coming up", tone: "info" };
}

/** Only https links become links: a stored URL is never trusted to be harmless. */
function safeVideoUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function groupByDay(sessions: readonly PlanSession[], timeZone: string) {
  const days: { day: string; sessions: PlanSession[] }[] = [];
  for (const session of sessions) {
    const day = formatSessionDay(session.startsAt, timeZone);
    const last = days.at(-1);
    if (last && last.day === day) last.sessions.push(session);
    else days.push({ day, sessions: [session] });
  }
  return days;
}

/** Sessions grouped by day, each with its kind, time (in the program's zone), place and status. */
export function SessionList({
  sessions,
  timeZone,
  now,
  headingLevel = 3,
}: {
  sessions: readonly PlanSession[];
  timeZone: string;
  now: Date;
  headingLevel?: 3 | 4;
}) {
  const DayHeading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div>
      {groupByDay(sessions, timeZone).map(({ day, sessions: daySessions }) => (
        <div key={day}>
          <DayHeading className="day-heading">{day}</DayHeading>
          <ul className="sessions">
            {daySessions.map((session) => {
              const status = statusOf(session, now);
              const past = session.endsAt <= now;
              const videoUrl = safeVideoUrl(session.videoUrl);
              const className = ["session", past ? "session--past" : "", session.cancelled ? "session--cancelled" : ""]
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
                    <strong>{clientLabels.sessionKind[session.kind]}</strong>
                    {session.title && session.title !== clientLabels.sessionKind[session.kind] ? `: ${session.title}` : null}
                  </p>
                  {session.cancelled ? (
                    <p className="session__meta">This session won&apos;t take place.</p>
                  ) : (
                    <p className="session__meta">
                      {session.location ? <>Where: {session.location}</> : null}
                      {session.location && videoUrl ? " · " : null}
                      {videoUrl && !past ? (
                        <a href={videoUrl} target="_blank" rel="noopener noreferrer">
                          Join by video<span className="visually-hidden"> (opens in a new tab)</span>
                        </a>
                      ) : videoUrl ? (
                        "By video"
                      ) : null}
                      {!session.location && !videoUrl ? "Place to be confirmed" : null}
                    </p>
                  )}
                  {session.minutesAttended !== null && session.attendanceStatus && session.attendanceStatus !== "absent" ? (
                    <p className="session__meta small">{session.minutesAttended} minutes counted</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
