import type { Executor } from "@stepwise/db/client";
import {
  type ComplianceBoardFilter,
  type EnrollmentHistory,
  type StaffRole,
  assessCompliance,
  authorizationStanding,
  boardScores,
  careLevelDefinitions,
  checkInEnrollmentOf,
  checkInsFor,
  compareComplianceUrgency,
  instantToZonedDate,
  isAlertOverdue,
  lastNameFirst,
  matchesComplianceFlag,
  measureFlags,
  currentAuthorization,
  measurePolicyOf,
  planReviewDueFor,
  overdueCheckIns,
  overdueCheckInsSince,
  planBoardFlags,
  remainingMinutesThisWeek,
  staffMay,
  unitsOfAttendance,
} from "@stepwise/domain";
import { groupBy } from "../../core/group-by";
import { findEnrollmentsInCare, findRecentStatuses, findUpcomingThisWeek, findWeeklyAttendance } from "../../queries/compliance.queries";
import { findHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { findMeasureSummaries } from "../../queries/measure-responses.queries";
import { findAlerts } from "../../queries/safety-alerts.queries";
import { findCurrentPlanStates } from "../../queries/treatment-plans.queries";
import { alertTimelineOf } from "../alerts/alert-views";
import { findCurrentAuthorizationUsage } from "../authorizations/authorizations.queries";
import { findLatestAssessments } from "../level-of-care/level-of-care.queries";
import { candidatesFrom, weekEndsOf } from "./compliance-inputs";

const day = 24 * 60 * 60 * 1000;
/** Far enough back to cover last week and the week before in any program's time zone. */
const lookBack = 22 * day;

/**
 * Every client in care (or those of one program, of the viewer's caseload, or showing one flag), most urgent first. Postgres
 * sums each client's attended minutes per week and dates the sessions still ahead; the domain
 * judges them, with each client's open safety alerts, check-ins and latest scores, and their plan,
 * latest level-of-care assessment and current authorization. Eleven statements whatever the size
 * of the board, each reading only the clients it shows (open alerts are few: read for the whole
 * center, kept for the clients shown).
 */
export async function getRoster(db: Executor, now: Date, filter: ComplianceBoardFilter, viewer: { staffMemberId: string; role: StaffRole }) {
  // Scores and safety alerts are for the roles that read measures; the front desk's board has neither.
  const showsMeasures = staffMay(viewer.role, "measures.read");
  // Plans, assessments and authorizations likewise: clinical work, not the front desk's.
  const showsPlans = staffMay(viewer.role, "plans.read");
  const caseloadOf = filter.caseload === "mine" ? viewer.staffMemberId : undefined;
  const inCare = await findEnrollmentsInCare(db, { programId: filter.programId, caseloadOf });
  const since = new Date(now.getTime() - lookBack);
  const weekEnds = weekEndsOf(
    inCare.map((enrollment) => enrollment.program),
    now,
  );
  const enrollmentIds = inCare.map((enrollment) => enrollment.enrollmentId);
  const [weeks, statuses, upcoming, { historyOf, bandOfProgram }, measureSummaries, openAlerts, planStates, assessments, authorizations] = await Promise.all([
    findWeeklyAttendance(db, since, { programId: filter.programId }),
    findRecentStatuses(db, since, { programId: filter.programId }),
    findUpcomingThisWeek(db, now, weekEnds),
    findHistoriesWithBands(db, enrollmentIds),
    showsMeasures ? findMeasureSummaries(db, enrollmentIds) : [],
    showsMeasures ? findAlerts(db, { open: true }) : [],
    showsPlans ? findCurrentPlanStates(db, enrollmentIds) : [],
    showsPlans ? findLatestAssessments(db, enrollmentIds) : [],
    showsPlans ? findCurrentAuthorizationUsage(db, enrollmentIds) : [],
  ]);
  const planStateOf = new Map(planStates.map((plan) => [plan.enrollmentId, plan]));
  const assessmentOf = new Map(assessments.map((assessment) => [assessment.enrollmentId, assessment]));
  const authorizationsOf = groupBy(authorizations, (authorization) => authorization.enrollmentId);
  const summariesOf = groupBy(measureSummaries, (summary) => summary.enrollmentId);
  const openAlertsOf = groupBy(
    openAlerts.map((alert) => ({
      clientId: alert.clientId,
      overdue: isAlertOverdue(alertTimelineOf(alert), now),
    })),
    (alert) => alert.clientId,
  );
  const weeksOf = groupBy(weeks, (week) => week.clientId);
  const statusesOf = new Map(statuses.map((row) => [row.clientId, row.statuses]));
  const weekEndOf = new Map(weekEnds.map((week) => [week.programId, week.weekEnd]));
  const candidatesOf = candidatesFrom(upcoming);

  /** The client's open alerts, check-ins left unanswered (by the program's cadence) and latest scores. */
  const measuresOf = (enrollment: (typeof inCare)[number], history: EnrollmentHistory) => {
    const summaries = summariesOf.get(enrollment.enrollmentId) ?? [];
    const today = instantToZonedDate(now, enrollment.program.timeZone);
    const policy = measurePolicyOf(enrollment.program);
    const checkIns = checkInsFor({
      ...checkInEnrollmentOf(history),
      policy,
      responses: summaries.flatMap((summary) => summary.answered.map((answer) => ({ instrument: summary.instrument, ...answer }))),
      today,
      // Only the last weeks can be overdue: a year of check-ins per client is not walked.
      since: overdueCheckInsSince(today, policy),
    });
    return {
      flags: measureFlags({ openAlerts: openAlertsOf.get(enrollment.clientId) ?? [], overdueInstruments: overdueCheckIns(checkIns, today) }),
      scores: boardScores(summaries),
    };
  };

  /**
   * The client's plan to sign or review (with when it is next reviewed), a recommendation of
   * another level, an authorization running out.
   */
  const planStandingOf = (enrollment: (typeof inCare)[number]) => {
    const today = instantToZonedDate(now, enrollment.program.timeZone);
    const plan = planStateOf.get(enrollment.enrollmentId);
    const reviewDue = plan
      ? planReviewDueFor({
          level: enrollment.level,
          levelSince: enrollment.levelSince,
          lastRecertifiedOn: enrollment.lastRecertifiedOn,
          lastPlanReviewOn: instantToZonedDate(plan.lastReviewedAt, enrollment.program.timeZone),
        }).reviewDue
      : null;
    const current = currentAuthorization(authorizationsOf.get(enrollment.enrollmentId) ?? [], today);
    const flags = planBoardFlags({
      currentLevel: enrollment.level,
      today,
      plan: plan && reviewDue ? { staffSigned: plan.staffSigned, clientSigned: plan.clientSigned, reviewDue } : null,
      latestAssessment: assessmentOf.get(enrollment.enrollmentId) ?? null,
      authorization: current ? authorizationStanding(current, { unitsUsed: unitsOfAttendance(enrollment.level, current), today }) : null,
    });
    return { flags, planReviewDue: reviewDue };
  };

  const rows = inCare.map((enrollment) => {
    const history = historyOf.get(enrollment.enrollmentId) ?? { startsOn: enrollment.startsOn, endsOn: null, placements: [], statusChanges: [] };
    const remainingScheduledMinutes = remainingMinutesThisWeek({
      upcoming: candidatesOf(enrollment.clientId, history),
      clientId: enrollment.clientId,
      history,
      weekEnd: weekEndOf.get(enrollment.program.id)!,
      now,
    });
    const { byWeek: _weeks, ...compliance } = assessCompliance({
      program: enrollment.program,
      level: enrollment.level,
      levelSince: enrollment.levelSince,
      lastRecertifiedOn: enrollment.lastRecertifiedOn,
      weeks: weeksOf.get(enrollment.clientId) ?? [],
      recentStatuses: statusesOf.get(enrollment.clientId) ?? [],
      history,
      bandOfProgram,
      remainingScheduledMinutes,
      now,
    });
    const measures = showsMeasures ? measuresOf(enrollment, history) : { flags: [], scores: [] };
    const plan = showsPlans ? planStandingOf(enrollment) : { flags: [], planReviewDue: null };
    return {
      clientId: enrollment.clientId,
      name: lastNameFirst(enrollment),
      status: enrollment.status,
      program: { id: enrollment.program.id, name: enrollment.program.name },
      level: { code: enrollment.level, shortLabel: careLevelDefinitions[enrollment.level].shortLabel },
      ...compliance,
      // An open safety alert goes before every hours flag (the domain's urgency orders by it).
      flags: [...measures.flags, ...compliance.flags, ...plan.flags],
      scores: measures.scores,
      /** When the treatment plan is next reviewed; null before one is written, or for roles without plans. */
      planReviewDue: plan.planReviewDue,
    };
  });
  return rows
    .filter((row) => matchesComplianceFlag(row, filter.flag))
    .sort((a, b) => compareComplianceUrgency(a, b) || a.name.localeCompare(b.name));
}

export type RosterRow = Awaited<ReturnType<typeof getRoster>>[number];
