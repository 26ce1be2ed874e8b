import type { ProgramAddress } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { SessionList } from "../sessions/session-list";
import type { ClientSession } from "../plan/types";
import { formatWeekRange } from "./week-of";

/** One Monday-to-Sunday week of the client's sessions, under its own heading. */
export function ScheduleWeek({
  week,
  timeZone,
  now,
  address,
}: {
  week: { weekStart: string; isThisWeek: boolean; sessions: readonly ClientSession[] };
  timeZone: string;
  now: Date;
  address: ProgramAddress | null;
}) {
  const headingId = `week-${week.weekStart}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="card__title">
        <h2 id={headingId}>{week.isThisWeek ? "This week" : "Week of " + formatCalendarDate(week.weekStart, "medium")}</h2>
        <p className="muted small">{formatWeekRange(week.weekStart)}</p>
      </div>
      {week.sessions.length > 0 ? (
        <SessionList sessions={week.sessions} timeZone={timeZone} now={now} address={address} />
      ) : (
        <p className="muted">No sessions are on your schedule this week.</p>
      )}
    </section>
  );
}
