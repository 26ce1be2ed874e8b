import { formatWeekRange } from "../schedule/week-of";
import type { SharedAttendance } from "./types";

/** Hours and days attended, week by week, in the same words the client reads about their own hours. */
export function SharedAttendanceCard({ attendance, firstName }: { attendance: SharedAttendance; firstName: string }) {
  return (
    <section className="card" aria-labelledby="shared-attendance-heading">
      <h2 id="shared-attendance-heading">{firstName}&apos;s attendance</h2>
      {attendance.weeklyBand ? <p>{firstName}&apos;s plan is {attendance.weeklyBand}. Weeks run Monday to Sunday.</p> : null}
      {attendance.weeks.length === 0 ? (
        <p className="muted">There are no hours to show yet. They appear once {firstName}&apos;s program begins.</p>
      ) : (
        <ul className="week-list" aria-labelledby="shared-attendance-heading">
          {attendance.weeks.map((week) => (
            <li key={week.weekStart}>
              <h3>{week.isThisWeek ? `This week (${formatWeekRange(week.weekStart)})` : formatWeekRange(week.weekStart)}</h3>
              <p>{week.summary}</p>
              <p className="muted">{week.days}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">Hours are counted from the attendance the care team records after each session, so today&apos;s may take a little while to appear.</p>
    </section>
  );
}
