import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatSessionDay, formatTimeRange, isoInstant } from "@stepwise/ui/format";
import type { ProgramAddress } from "@stepwise/domain";
import { formatWeekRange } from "../schedule/week-of";
import { SessionPlace } from "../sessions/session-place";
import { sessionPlaceWords } from "./shared-words";
import type { SharedSchedule } from "./types";

type Week = SharedSchedule["weeks"][number];

function ScheduleWeek({ week, timeZone, firstName, address }: { week: Week; timeZone: string; firstName: string; address: ProgramAddress | null }) {
  const headingId = `shared-week-${week.weekStart}`;
  return (
    <div>
      <h3 id={headingId}>
        {week.isThisWeek ? "This week" : `Week of ${formatCalendarDate(week.weekStart, "medium")}`}{" "}
        <span className="muted small">({formatWeekRange(week.weekStart)})</span>
      </h3>
      {week.sessions.length === 0 ? (
        <p className="muted">No sessions on {firstName}&apos;s schedule this week.</p>
      ) : (
        <ul className="sessions" aria-labelledby={headingId}>
          {week.sessions.map((session) => (
            <li key={session.id} className={session.cancelled ? "session session--cancelled" : "session"}>
              <div className="session__head">
                <p className="session__when">
                  {formatSessionDay(session.startsAt, timeZone)},{" "}
                  <time dateTime={isoInstant(session.startsAt)}>{formatTimeRange(session.startsAt, session.endsAt, timeZone)}</time>
                </p>
                {session.cancelled ? <Badge tone="neutral">Cancelled</Badge> : null}
              </div>
              <p className="session__title">
                <strong>Program session</strong>
              </p>
              <p className="session__meta">{session.cancelled ? "This session won't take place." : sessionPlaceWords(session.place)}</p>
              {!session.cancelled && address && (session.place === "in_person" || session.place === "both") ? <SessionPlace address={address} /> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The client's sessions for this week and the next three: when, and in person (where) or by video (never what kind). */
export function SharedScheduleCard({ schedule, firstName }: { schedule: SharedSchedule; firstName: string }) {
  return (
    <section className="card" aria-labelledby="shared-schedule-heading">
      <h2 id="shared-schedule-heading">{firstName}&apos;s schedule</h2>
      <p className="muted small">Times are in the program&apos;s time zone.</p>
      {schedule.weeks.map((week) => (
        <ScheduleWeek key={week.weekStart} week={week} timeZone={schedule.timeZone} firstName={firstName} address={schedule.address} />
      ))}
    </section>
  );
}
