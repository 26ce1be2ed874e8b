import { lastDayOfEnrollment } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { enrollmentStandingLabels } from "~/lib/client-standings";
import { DischargePlanSummary } from "./discharge-plan-summary";
import type { ClientDetail } from "./types";

/**
 * Every enrollment, newest first by when each happened (a closed referral by its closing day,
 * anything else by its start), each with its level-of-care changes and status history oldest first.
 */
export function Timeline({ detail }: { detail: ClientDetail }) {
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Enrollments and level of care</h2>
      {detail.enrollments.length === 0 ? (
        <p className="muted">No enrollments on record.</p>
      ) : (
        <ol className="timeline">
          {detail.enrollments.map((enrollment) => {
            const changes = detail.levelTimeline.filter((change) => change.enrollmentId === enrollment.id);
            const statuses = detail.statusHistory.filter((change) => change.enrollmentId === enrollment.id);
            return (
              <li key={enrollment.id}>
                <h3>
                  {enrollment.program.name}{" "}
                  <Badge tone={enrollment.status === "discharged" ? "neutral" : "ok"}>
                    {enrollmentStandingLabels[enrollment.standing]}
                  </Badge>
                </h3>
                {enrollment.referralClosure ? (
                  <>
                    {/* It never started: the start was only planned, and there is no last day. */}
                    <p className="small muted">
                      {staffLabels.track[enrollment.program.track]} · {staffLabels.careLevelShort[enrollment.level]} · planned
                      start {formatCalendarDate(enrollment.startsOn, "medium")}
                      {enrollment.intakeOn ? ` · intake ${formatCalendarDate(enrollment.intakeOn, "medium")}` : ""}
                      {enrollment.referralClosure.closedOn
                        ? ` · closed ${formatCalendarDate(enrollment.referralClosure.closedOn, "medium")}`
                        : ""}
                    </p>
                    {enrollment.referralClosure.reason ? <p className="small">{enrollment.referralClosure.reason}</p> : null}
                  </>
                ) : (
                  <p className="small muted">
                    {staffLabels.track[enrollment.program.track]} · {staffLabels.careLevelShort[enrollment.level]} ·{" "}
                    {formatCalendarDate(enrollment.startsOn, "medium")}
                    {/* endsOn is exclusive: the last day in the program is the day before. */}
                    {enrollment.endsOn ? ` to ${formatCalendarDate(lastDayOfEnrollment(enrollment.endsOn), "medium")}` : " onward"}
                    {enrollment.dischargeReason ? ` · ${staffLabels.dischargeReason[enrollment.dischargeReason]}` : ""}
                    {enrollment.intakeOn ? ` · intake ${formatCalendarDate(enrollment.intakeOn, "medium")}` : ""}
                  </p>
                )}
                {changes.length > 0 ? (
                  <ul className="level-changes">
                    {changes.map((change) => (
                      <li key={change.id}>
                        <strong>{formatCalendarDate(change.effectiveOn, "medium")}:</strong>{" "}
                        {change.fromLevel
                          ? `${staffLabels.careLevelShort[change.fromLevel]} → ${staffLabels.careLevelShort[change.toLevel]}`
                          : `Admitted at ${staffLabels.careLevelShort[change.toLevel]}`}
                        {change.programName ? <span className="muted"> · {change.programName}</span> : null}
                        <br />
                        <span className="small">
                          {change.reason} <span className="muted">· decided by {change.decidedBy}</span>
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {statuses.length > 0 ? (
                  <>
                    <h4 className="small">Status history</h4>
                    <ol className="level-changes">
                      {statuses.map((change) => (
                        <li key={change.id}>
                          <strong>{formatCalendarDate(change.effectiveOn, "medium")}:</strong>{" "}
                          {change.fromStatus
                            ? `${staffLabels.enrollmentStatus[change.fromStatus]} → ${enrollmentStandingLabels[change.toStanding]}`
                            : enrollmentStandingLabels[change.toStanding]}
                          {change.reason || change.recordedBy ? (
                            <>
                              <br />
                              <span className="small">
                                {change.reason ?? ""}
                                {change.recordedBy ? <span className="muted"> · recorded by {change.recordedBy}</span> : null}
                              </span>
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </>
                ) : null}
                {enrollment.dischargePlan ? <DischargePlanSummary plan={enrollment.dischargePlan} /> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
