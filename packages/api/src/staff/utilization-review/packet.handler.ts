import type { Executor } from "@stepwise/db/client";
import {
  type AttendanceStatus,
  addDays,
  attendanceStatuses,
  careLevelDefinitions,
  instantToZonedDate,
  lastNameFirst,
  mondayOf,
  nextReviewDue,
  weekBounds,
  weeklyStanding,
} from "@stepwise/domain";
import { findClientAttendanceSince, findEnrollmentsInCare, findWeeklyAttendance } from "../../queries/compliance.queries";
import { findCurrentResponses } from "../../queries/measure-responses.queries";
import { getPlanOverview } from "../../services/treatment-plans/plan-overview";
import { findAuthorizationStandings } from "../authorizations/authorization-standing";
import { findClient } from "../clients/detail.queries";
import { type AssessmentView, toAssessmentView } from "../level-of-care/assessment-views";
import { findAssessments } from "../level-of-care/level-of-care.queries";
import { toStaffTrends } from "../measures/measure-views";

/**
 * What a reviewer at a payer needs to renew an IOP or PHP authorization, and nothing more (minimum
 * necessary): who and at what level since when, delivered hours per week against the floor with
 * the days attended, attendance by status, each measure's trend with reliable change, the latest
 * level-of-care assessment and its reasons, the plan's goals and objectives with their progress,
 * the authorizations, and the next recertification. Never notes, the care team, or family.
 * Null when the client is not in care.
 */
export async function getUtilizationReviewPacket(db: Executor, clientId: string, now: Date) {
  const [[inCare], client] = await Promise.all([findEnrollmentsInCare(db, { clientId }), findClient(db, clientId)]);
  if (!inCare || !client) return null;
  const timeZone = inCare.program.timeZone;
  const today = instantToZonedDate(now, timeZone);
  const since = weekBounds(mondayOf(inCare.levelSince), timeZone).from;
  const planEnrollment = {
    clientId,
    enrollmentId: inCare.enrollmentId,
    level: inCare.level,
    levelSince: inCare.levelSince,
    lastRecertifiedOn: inCare.lastRecertifiedOn,
    timeZone,
  };
  const [weeks, attended, responses, assessments, plan, authorizations] = await Promise.all([
    findWeeklyAttendance(db, since, { clientId }),
    findClientAttendanceSince(db, clientId, since),
    findCurrentResponses(db, [clientId]),
    findAssessments(db, clientId),
    getPlanOverview(db, planEnrollment, now),
    findAuthorizationStandings(db, { clientId, enrollmentId: inCare.enrollmentId, level: inCare.level, timeZone }, now),
  ]);
  const band = { min: inCare.program.minWeeklyMinutes, max: inCare.program.maxWeeklyMinutes };
  const thisWeek = mondayOf(today);
  // Every week at this level, a week with nothing attended as 0: a reviewer sees the gaps too.
  const minutesOf = new Map(weeks.map((week) => [week.weekStart, week]));
  const weekStarts: string[] = [];
  for (let week = mondayOf(inCare.levelSince); week <= thisWeek; week = addDays(week, 7)) weekStarts.push(week);
  const byStatus = Object.fromEntries(attendanceStatuses.map((status) => [status, 0])) as Record<AttendanceStatus, number>;
  for (const record of attended) if (record.startsAt <= now) byStatus[record.status] += 1;
  const latestAssessment = assessments.find((assessment) => assessment.enrollmentId === inCare.enrollmentId);

  return {
    client: { name: lastNameFirst(client), dateOfBirth: client.dateOfBirth },
    preparedOn: today,
    enrollment: {
      programName: inCare.program.name,
      level: inCare.level,
      levelLabel: careLevelDefinitions[inCare.level].label,
      admittedOn: inCare.startsOn,
      levelSince: inCare.levelSince,
      weeklyBand: band,
      nextRecertificationDue: nextReviewDue({ level: inCare.level, admittedOn: inCare.levelSince, lastReviewOn: inCare.lastRecertifiedOn }),
      lastRecertifiedOn: inCare.lastRecertifiedOn,
    },
    /** Each week at this level, oldest first; the week still running is marked and not judged. */
    weeks: weekStarts.map((weekStart) => {
      const minutes = minutesOf.get(weekStart)?.minutes ?? 0;
      return {
        weekStart,
        weekEnd: addDays(weekStart, 6),
        minutes,
        daysAttended: minutesOf.get(weekStart)?.daysAttended ?? 0,
        inProgress: weekStart === thisWeek,
        standing: weekStart === thisWeek ? null : weeklyStanding(minutes, { weeklyMinutes: band }),
      };
    }),
    attendance: byStatus,
    trends: toStaffTrends(responses.filter((response) => response.enrollmentId === inCare.enrollmentId)),
    assessment: latestAssessment ? toPayerAssessment(toAssessmentView(latestAssessment)) : null,
    // The plan in force: the newest version the care team signed, never a draft being written.
    plan: plan?.forClient
      ? {
          version: plan.forClient.version,
          state: plan.forClient.state,
          signedByCareTeamAt: plan.forClient.signatures.staff?.signedAt ?? null,
          signedByClientAt: plan.forClient.signatures.client?.signedAt ?? null,
          goals: plan.forClient.content.goals.map(({ key, clientWords }) => ({ key, clientWords })),
          objectives: plan.forClient.objectives.map(({ key, goalKey, description, targetOn, measure, progress }) => ({ key, goalKey, description, targetOn, measure, progress })),
          reviewDue: plan.reviewDue,
        }
      : null,
    authorizations: authorizations.all.map(({ payer, number, unitsApproved, startsOn, endsOn, standing }) => ({ payer, number, unitsApproved, startsOn, endsOn, standing })),
    unit: authorizations.unit,
  };
}

/**
 * The assessment as a payer reads it: the ratings, the recommendation and its reasons (the rules
 * and the numbers they read), and whether a clinician confirmed or declined it. Not the note, the
 * decision's reason or who made either: staff's words and names stay with staff.
 */
function toPayerAssessment(view: AssessmentView) {
  const { note: _note, assessedBy: _assessedBy, decision, ...assessment } = view;
  return { ...assessment, decision: decision ? { decision: decision.decision, decidedAt: decision.decidedAt } : null };
}

export type UtilizationReviewPacket = NonNullable<Awaited<ReturnType<typeof getUtilizationReviewPacket>>>;
