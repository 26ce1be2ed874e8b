import Link from "next/link";
import { formatCalendarDate, formatDuration, formatHourBand } from "@stepwise/ui/format";
import { SessionList } from "../sessions/session-list";
import type { EnrolledPlan } from "./types";

/** This week's hours against the plan, in the API's own plain sentence, and this week's sessions. */
export function ThisWeek({ plan, now }: { plan: EnrolledPlan; now: Date }) {
  const { thisWeek, enrollment } = plan;
  // The band in force this week, which the sentence is read against too.
  const band = thisWeek.weeklyMinutes;
  // The meter needs numbers; every hour shown in words comes from the shared formatters.
  const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
  return (
    <section className="card" aria-labelledby="week-heading">
      <div className="card__title">
        <h2 id="week-heading">This week</h2>
        <p className="muted small">Week of {formatCalendarDate(thisWeek.weekStart, "medium")}</p>
      </div>
      <p className="week-summary">{thisWeek.summary}</p>
      <meter
        className="week-meter"
        min={0}
        max={hours(band.max)}
        value={hours(thisWeek.minutesAttended)}
        aria-label="Hours attended this week"
        aria-valuetext={`${formatDuration(thisWeek.minutesAttended)} of ${formatHourBand(band)}`}
      />
      <div className="week-meter__scale" aria-hidden="true">
        <span>0</span>
        <span>Plan: {formatHourBand(band)}</span>
      </div>
      <p className="muted">
        {thisWeek.days} <Link href="/hours">See your hours week by week</Link>
      </p>
      <h3>Your sessions this week</h3>
      {thisWeek.sessions.length > 0 ? (
        <SessionList sessions={thisWeek.sessions} timeZone={enrollment.program.timeZone} now={now} headingLevel={4} />
      ) : (
        <p className="muted">There are no sessions on your schedule this week.</p>
      )}
    </section>
  );
}
