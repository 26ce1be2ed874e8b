import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { bandShort, hoursShort, standingLabels } from "~/lib/flags";
import type { ClientDetail } from "~/components/enrollment/types";

/** The open enrollment at a glance: level, program, band, this week and last, next review. */
export function NowCard({ detail }: { detail: ClientDetail }) {
  const { inCare, compliance } = detail;
  if (!inCare || !compliance) {
    const waiting = detail.openEnrollment;
    return (
      <section className="card" aria-labelledby="now-heading">
        <h2 id="now-heading">Current enrollment</h2>
        {waiting ? (
          <p>
            Waiting to start: {staffLabels.enrollmentStatus[waiting.status].toLowerCase()} for {waiting.program.name}, planned
            start {formatCalendarDate(waiting.startsOn, "medium")}
            {waiting.intakeOn ? `, intake ${formatCalendarDate(waiting.intakeOn, "medium")}` : ""}.
          </p>
        ) : (
          <p className="muted">Not in care here now.</p>
        )}
      </section>
    );
  }
  const thisWeek = standingLabels[compliance.thisWeek.standing];
  const lastWeek = standingLabels[compliance.lastWeek.standing];
  return (
    <section className="card" aria-labelledby="now-heading">
      <div className="card__title">
        <h2 id="now-heading">Current enrollment</h2>
        <Badge tone={inCare.status === "active" ? "ok" : "neutral"}>{staffLabels.enrollmentStatus[inCare.status]}</Badge>
      </div>
      <dl className="facts">
        <dt>Level of care</dt>
        <dd>
          {inCare.level.label}
          <br />
          <span className="muted small">Since {formatCalendarDate(inCare.levelSince, "medium")}</span>
        </dd>
        <dt>Program</dt>
        <dd>{inCare.program.name}</dd>
        <dt>Weekly band</dt>
        <dd>{bandShort(compliance.band)}</dd>
        <dt>This week</dt>
        <dd>
          {hoursShort(compliance.thisWeek.minutes)} over {compliance.thisWeek.daysAttended}{" "}
          {compliance.thisWeek.daysAttended === 1 ? "day" : "days"} <Badge tone={thisWeek.tone}>{thisWeek.label}</Badge>
        </dd>
        <dt>Last week</dt>
        <dd>
          {hoursShort(compliance.lastWeek.minutes)} over {compliance.lastWeek.daysAttended}{" "}
          {compliance.lastWeek.daysAttended === 1 ? "day" : "days"} <Badge tone={lastWeek.tone}>{lastWeek.label}</Badge>
        </dd>
        <dt>Next review</dt>
        <dd>
          {compliance.nextReviewDue ? formatCalendarDate(compliance.nextReviewDue, "medium") : "Not scheduled"}
          {compliance.reviewOverdue ? (
            <>
              {" "}
              <Badge tone="alert">Overdue</Badge>
            </>
          ) : null}
        </dd>
        <dt>Plan review</dt>
        <dd>{inCare.planReviewDue ? formatCalendarDate(inCare.planReviewDue, "medium") : "No treatment plan yet"}</dd>
      </dl>
    </section>
  );
}
