import { instantToZonedDate } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { capitalize, formatCalendarDate, formatHourBand, formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { clientLabels } from "@stepwise/ui/labels";
import type { Enrollment } from "./types";

/** The client's level of care in plain words, their program and how long it is expected to last. */
export function LevelOfCare({ enrollment, now }: { enrollment: Enrollment; now: Date }) {
  const { level, program, scheduleOption } = enrollment;
  const started = enrollment.startsOn <= instantToZonedDate(now, program.timeZone);
  return (
    <section className="card" aria-labelledby="level-heading">
      <div className="card__title">
        <h2 id="level-heading">{enrollment.status === "discharged" ? "Your time in the program" : "Your level of care"}</h2>
        {enrollment.status !== "active" ? <Badge tone="neutral">{clientLabels.enrollmentStatus[enrollment.status]}</Badge> : null}
      </div>
      <p>
        <strong className="level-name">{level.label}</strong>
      </p>
      <p>{level.whatItIs}</p>
      <dl className="facts">
        <dt>Program</dt>
        <dd>
          {program.name}
          <br />
          <span className="muted">Track: {clientLabels.track[program.track]}</span>
        </dd>
        {scheduleOption ? (
          <>
            <dt>Your schedule</dt>
            <dd>
              {scheduleOption.name}
              <br />
              <span className="muted">
                {formatWeekdays(scheduleOption.weekdays)} · {formatWallClock(scheduleOption.startTime)} to{" "}
                {formatWallClock(scheduleOption.endTime)}
              </span>
            </dd>
          </>
        ) : null}
        <dt>Hours a week</dt>
        <dd>{formatHourBand(enrollment.weeklyMinutes)} in your plan</dd>
        <dt>{started ? "Started" : "Starts"}</dt>
        <dd>{formatCalendarDate(enrollment.startsOn)}</dd>
        {enrollment.lastDayOn ? (
          <>
            <dt>Last day</dt>
            <dd>{formatCalendarDate(enrollment.lastDayOn)}</dd>
          </>
        ) : (
          <>
            <dt>Expected length</dt>
            <dd>
              {capitalize(enrollment.expectedLength)}, until around{" "}
              {formatCalendarDate(enrollment.expectedEndOn)}
              {enrollment.progress ? (
                <>
                  <br />
                  {enrollment.progress}
                </>
              ) : null}
              <br />
              <span className="muted small">Your care team adjusts this with you as you make progress.</span>
            </dd>
          </>
        )}
        <dt>Support</dt>
        <dd>{level.supportLevel}</dd>
        <dt>Where you live</dt>
        <dd>{level.livingArrangement}</dd>
        <dt>Best for</dt>
        <dd>{level.bestFor}</dd>
      </dl>
    </section>
  );
}
