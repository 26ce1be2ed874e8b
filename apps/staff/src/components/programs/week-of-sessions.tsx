import { addDays, compareCalendarDates, isoWeekdayOf, weekdayName } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatWallClock } from "@stepwise/ui/format";
import Link from "next/link";
import type { ProgramDetail } from "./types";

export function WeekOfSessions({ detail }: { detail: ProgramDetail }) {
  const { week, program } = detail;
  const days = Array.from({ length: 7 }, (_, offset) => addDays(week.start, offset));
  return (
    <section className="card" aria-labelledby="week-heading">
      <h2 id="week-heading">Week of {formatCalendarDate(week.start, "medium")}</h2>
      <nav aria-label="Weeks" className="badges">
        <Link href={`/programs/${program.id}?week=${week.previous}`}>← Previous week</Link>
        <Link href={`/programs/${program.id}`}>This week</Link>
        <Link href={`/programs/${program.id}?week=${week.next}`}>Next week →</Link>
      </nav>
      {week.sessions.length === 0 ? <p className="muted">No group sessions this week.</p> : null}
      {days.map((day) => {
        const sessions = week.sessions.filter((session) => compareCalendarDates(session.occursOn, day) === 0);
        if (sessions.length === 0) return null;
        return (
          <div key={day}>
            <h3 className="day-heading">
              {weekdayName(isoWeekdayOf(day))}, {formatCalendarDate(day, "medium")}
            </h3>
            <ul className="sessions">
              {sessions.map((session) => (
                <li key={session.id} className={session.cancelled ? "session session--cancelled" : "session"}>
                  <span>
                    {formatWallClock(session.startTime)}–{formatWallClock(session.endTime)} ·{" "}
                    <Link href={session.takesSignUps ? `/family-sessions/${session.id}` : `/sessions/${session.id}`}>{session.title}</Link>
                  </span>
                  <span className="small muted">
                    {session.facilitatorName ?? "No facilitator"} · {session.location ?? "Video"}
                  </span>
                  {session.cancelled ? <Badge tone="alert">{`Cancelled: ${session.cancellationReason ?? ""}`}</Badge> : null}
                  {session.edited ? <Badge tone="info">Edited</Badge> : null}
                  {session.takesSignUps ? (
                    <Link href={`/family-sessions/${session.id}`} className="small">
                      Sign-ups, waitlist and cancellation
                    </Link>
                  ) : (
                    <Link href={`/sessions/${session.id}/edit`} className="small">
                      Edit or cancel this session
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
