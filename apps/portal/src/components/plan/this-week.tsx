import { describeSessionsLeft, formatHoursPhrase, hoursInTenths } from "@stepwise/domain";
import { formatCalendarDate, formatHourBand } from "@stepwise/ui/format";
import Link from "next/link";
import type { EnrolledPlan } from "./types";

/**
 * This week in brief: the hours against the plan in the API's own plain sentence, the days joined
 * and what is still ahead; the sessions themselves are on My schedule, the weeks on My hours, the
 * check-ins over time on My check-ins.
 */
export function ThisWeek({ plan }: { plan: EnrolledPlan }) {
  const { thisWeek } = plan;
  // The band in force this week, which the sentence is read against too.
  const band = thisWeek.weeklyMinutes;
  const stillAhead = describeSessionsLeft(thisWeek.sessions.filter((session) => !session.over && !session.cancelled).length);
  return (
    <section className="card" aria-labelledby="week-heading">
      <div className="card__title">
        <h2 id="week-heading">This week</h2>
        <p className="muted small">Week of {formatCalendarDate(thisWeek.weekStart, "medium")}</p>
      </div>
      <p className="week-summary">{thisWeek.summary}</p>
      {/* The meter's numbers and words follow the domain's one rounding rule, as the sentence does. */}
      <meter
        className="week-meter"
        min={0}
        max={hoursInTenths(band.max) / 10}
        value={hoursInTenths(thisWeek.minutesAttended) / 10}
        aria-label="Hours attended this week"
        aria-valuetext={`${formatHoursPhrase(thisWeek.minutesAttended)} of ${formatHourBand(band)}`}
      />
      <div className="week-meter__scale" aria-hidden="true">
        <span>0</span>
        <span>Plan: {formatHourBand(band)}</span>
      </div>
      <p className="muted">
        {thisWeek.days}
        {stillAhead ? ` ${stillAhead}` : null}
      </p>
      <ul className="plan-links">
        <li>
          <Link className="target-link" href="/schedule">
            My schedule
          </Link>
        </li>
        <li>
          <Link className="target-link" href="/hours">
            My hours, week by week
          </Link>
        </li>
        <li>
          <Link className="target-link" href="/check-ins">
            My check-ins
          </Link>
        </li>
      </ul>
    </section>
  );
}
