import type { StaffOutputs } from "@stepwise/api/staff";
import { addDays, instantToZonedDate, staffMay } from "@stepwise/domain";
import { Badge } from "@stepwise/ui/components";
import { formatCalendarDate, formatSessionDay, formatTimeRange, formatWallClock, formatWeekdays } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError, trpcErrorCode } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FlagList } from "~/components/flag-list";
import { ForbiddenNotice } from "~/components/forbidden-notice";
import { enrollmentStandingLabels } from "~/lib/client-standings";
import { bandShort, hoursShort, standingLabels } from "~/lib/flags";
import { getQueryClient, trpc } from "~/trpc/server";
import { getSignedInUser } from "~/server/context";
import { DischargePlanSummary } from "~/components/enrollment/discharge-plan-summary";
import { CareTeamCard } from "./care-team-card";
import { EnrollmentActions } from "./enrollment-actions";

type ClientDetail = StaffOutputs["clients"]["detail"];

// The client's name stays out of the tab title and browser history: this is PHI on a shared screen.
export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  let detail: ClientDetail;
  try {
    detail = await getQueryClient().fetchQuery(trpc.clients.detail.queryOptions({ clientId }));
  } catch (error) {
    const code = trpcErrorCode(error);
    if (code === "FORBIDDEN") return <ForbiddenNotice what="client records" />;
    // A malformed id names no client: the same answer as one that doesn't exist.
    if (code === "BAD_REQUEST") notFound();
    handleApiError(error);
  }

  const { client, current, compliance } = detail;
  const currentEnrollment = current ? detail.enrollments.find((e) => e.id === current.enrollmentId) : undefined;
  const timeZone = currentEnrollment?.program.timeZone ?? detail.enrollments[0]?.program.timeZone ?? "America/New_York";
  const [user, programs] = await Promise.all([getSignedInUser(), getQueryClient().fetchQuery(trpc.programs.list.queryOptions())]);
  // Only roles that may change enrollments see who can be assigned, and so the care team forms.
  const careTeamOptions =
    user?.staff && staffMay(user.staff.role, "enrollment.write")
      ? await getQueryClient().fetchQuery(trpc.careTeam.options.queryOptions())
      : null;
  const today = instantToZonedDate(new Date(), detail.openEnrollment?.program.timeZone ?? timeZone);

  return (
    <>
      <Link href="/" className="back-link">
        ← Roster
      </Link>
      <div className="page-intro">
        <h1>{client.name}</h1>
        <p className="muted">
          Born {formatCalendarDate(client.dateOfBirth, "medium")} · Portal account:{" "}
          {!client.hasPortalAccount ? "no" : detail.portalAccount?.awaitingPassword ? "password not set yet" : "yes"}
          {detail.isAlumnus ? " · Alumnus" : ""}
        </p>
      </div>

      <div className="grid grid--two">
        <div className="stack">
          <NowCard detail={detail} />
          <CareTeamCard detail={detail} options={careTeamOptions} />
          <AttendanceByWeek detail={detail} />
          <RecentSessions detail={detail} timeZone={timeZone} />
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="flags-heading">
            <h2 id="flags-heading">Flags</h2>
            {compliance ? (
              <FlagList flags={compliance.flags} reviewOverdue={compliance.reviewOverdue} detailed />
            ) : (
              <p className="muted">No open enrollment.</p>
            )}
          </section>
          {user?.staff ? (
            <EnrollmentActions
              detail={detail}
              role={user.staff.role}
              staffMemberId={user.staff.staffMemberId}
              programs={programs}
              careTeamOptions={careTeamOptions ?? []}
              today={today}
            />
          ) : null}
          <ScheduleCard detail={detail} />
          <Timeline detail={detail} />
        </div>
      </div>
    </>
  );
}

function NowCard({ detail }: { detail: ClientDetail }) {
  const { current, compliance } = detail;
  if (!current || !compliance) {
    return (
      <section className="card" aria-labelledby="now-heading">
        <h2 id="now-heading">Current enrollment</h2>
        <p className="muted">Not enrolled in an open program.</p>
      </section>
    );
  }
  const thisWeek = standingLabels[compliance.thisWeek.standing];
  const lastWeek = standingLabels[compliance.lastWeek.standing];
  return (
    <section className="card" aria-labelledby="now-heading">
      <div className="card__title">
        <h2 id="now-heading">Current enrollment</h2>
        <Badge tone={current.status === "active" ? "ok" : "neutral"}>{staffLabels.enrollmentStatus[current.status]}</Badge>
      </div>
      <dl className="facts">
        <dt>Level of care</dt>
        <dd>
          {current.level.label}
          <br />
          <span className="muted small">Since {formatCalendarDate(current.levelSince, "medium")}</span>
        </dd>
        <dt>Program</dt>
        <dd>{current.program.name}</dd>
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
      </dl>
    </section>
  );
}

function AttendanceByWeek({ detail }: { detail: ClientDetail }) {
  const { compliance } = detail;
  if (!compliance) return null;
  const weeks = [...compliance.byWeek].reverse();
  return (
    <section className="card" aria-labelledby="weeks-heading">
      <h2 id="weeks-heading">Attendance by week</h2>
      {weeks.length === 0 ? (
        <p className="muted">No attendance recorded in the last 8 weeks.</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="weeks-caption" tabIndex={0}>
          <table>
            <caption id="weeks-caption">
              Hours per week against the band in force that week
              <span className="caption__hint">
                Weeks run Monday to Sunday in the program&apos;s time zone. A week split by a change of level of care is judged by
                the level it spent most days at.
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col" className="numeric">
                  Hours
                </th>
                <th scope="col" className="numeric">
                  Days
                </th>
                <th scope="col">Band</th>
                <th scope="col">Against band</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => {
                // The API judges each week against its own band; the week still running with the sessions it has left.
                const standing = standingLabels[week.standing];
                return (
                  <tr key={week.weekStart}>
                    <th scope="row">{formatCalendarDate(week.weekStart, "medium")}</th>
                    <td className="numeric">{hoursShort(week.minutes)}</td>
                    <td className="numeric">{week.daysAttended}</td>
                    <td>{bandShort(week.band)}</td>
                    <td>
                      <Badge tone={standing.tone}>{standing.label}</Badge>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RecentSessions({ detail, timeZone }: { detail: ClientDetail; timeZone: string }) {
  if (detail.attendance.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Recent sessions</h2>
      <div className="table-wrap" role="region" aria-labelledby="sessions-caption" tabIndex={0}>
        <table>
          <caption id="sessions-caption" className="visually-hidden">
            Sessions with recorded attendance, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Session</th>
              <th scope="col">Attendance</th>
              <th scope="col" className="numeric">
                Minutes
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.attendance.map((record) => (
              <tr key={record.sessionId}>
                <th scope="row">
                  {formatSessionDay(record.startsAt, timeZone)}
                  <br />
                  <span className="small muted">{formatTimeRange(record.startsAt, record.endsAt, timeZone)}</span>
                </th>
                <td>
                  {staffLabels.sessionKind[record.kind]}
                  {record.title !== staffLabels.sessionKind[record.kind] ? (
                    <>
                      <br />
                      <span className="small muted">{record.title}</span>
                    </>
                  ) : null}
                </td>
                <td>{staffLabels.attendance[record.status]}</td>
                <td className="numeric">{record.minutesAttended}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ScheduleCard({ detail }: { detail: ClientDetail }) {
  const enrollment = detail.current ? detail.enrollments.find((e) => e.id === detail.current?.enrollmentId) : undefined;
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

function Timeline({ detail }: { detail: ClientDetail }) {
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
                    {enrollment.endsOn ? ` to ${formatCalendarDate(addDays(enrollment.endsOn, -1), "medium")}` : " onward"}
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
