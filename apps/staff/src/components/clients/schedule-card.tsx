import { formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import type { ClientDetail } from "~/components/enrollment/types";

/** The schedule option the client follows now. */
export function ScheduleCard({ detail }: { detail: ClientDetail }) {
  const enrollment = detail.inCare ? detail.enrollments.find((e) => e.id === detail.inCare?.enrollmentId) : undefined;
  const option = enrollment?.scheduleOption;
  return (
    <section className="card" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Schedule</h2>
      {enrollment && option ? (
        <dl className="facts">
          <dt>Track</dt>
          <dd>
            {option.name} <span className="muted">({staffLabels.shift[option.shift]})</span>
          </dd>
          <dt>Days</dt>
          <dd>{formatWeekdays(option.weekdays)}</dd>
          <dt>Hours</dt>
          <dd>
            {formatWallClock(option.startTime)} to {formatWallClock(option.endTime)}
          </dd>
          <dt>Time zone</dt>
          <dd>{enrollment.program.timeZone}</dd>
        </dl>
      ) : (
        <p className="muted">No group schedule assigned.</p>
      )}
    </section>
  );
}
