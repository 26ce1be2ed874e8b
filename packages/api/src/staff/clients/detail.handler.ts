import type { Executor } from "@stepwise/db/client";
import {
  type EnrollmentHistory,
  type EnrollmentStanding,
  type IntRange,
  assessCompliance,
  careLevelDefinitions,
  deliveredMinutes,
  enrollmentStandingOf,
  isAlumnus,
  isEnrollmentOpen,
  lastNameFirst,
  instantToZonedDate,
  nextReviewDue,
  planReviewDueFor,
  remainingMinutesThisWeek,
} from "@stepwise/domain";
import { findHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { findClientAttendanceSince, findEnrollmentsInCare, findUpcomingThisWeek } from "../../queries/compliance.queries";
import { weekEndsOf } from "../roster/compliance-inputs";
import { findCareTeamMembers } from "../../queries/care-team.queries";
import { findCurrentPlanStates } from "../../queries/treatment-plans.queries";
import { findClient, findEnrollments, findLevelTimeline, findPortalAccount, findStatusHistory } from "./detail.queries";

const day = 24 * 60 * 60 * 1000;
/** How much attendance history the detail page shows. */
const historyWeeks = 8;

/** One client's record for staff: enrollments, level timeline, schedule, attendance by week, flags. */
export async function getClientDetail(db: Executor, clientId: string, now: Date) {
  const found = await findClient(db, clientId);
  if (!found) return null;
  const { userId, ...client } = found;
  const [history, timeline, statusHistory, account, open, records] = await Promise.all([
    findEnrollments(db, clientId),
    findLevelTimeline(db, clientId),
    findStatusHistory(db, clientId),
    userId ? findPortalAccount(db, userId) : null,
    findEnrollmentsInCare(db, { clientId }),
    findClientAttendanceSince(db, clientId, new Date(now.getTime() - (historyWeeks * 7 + 1) * day)),
  ]);
  const inCare = open[0] ?? null;
  const standingOf = new Map<string, EnrollmentStanding>(history.map((enrollment) => [enrollment.id, enrollmentStandingOf(enrollment)]));
  const enrollmentsShown = history.map(({ started: _started, ...enrollment }) => {
    const standing = standingOf.get(enrollment.id)!;
    // A closed referral's why is on its closing status change, not in the discharge reason.
    const closing =
      standing === "referral_closed"
        ? statusHistory.findLast((change) => change.enrollmentId === enrollment.id && change.toStatus === "discharged")
        : undefined;
    return {
      ...enrollment,
      standing,
      referralClosure: standing === "referral_closed" ? { closedOn: closing?.effectiveOn ?? null, reason: closing?.reason ?? null } : null,
    };
  });
  // The enrollment staff act on: open in any status, from referral to on hold.
  const openEnrollment = history.find((enrollment) => isEnrollmentOpen(enrollment.status)) ?? null;
  // Its care team, which staff may assign from the referral on.
  const careTeam = openEnrollment ? await findCareTeamMembers(db, openEnrollment.id) : [];

  const [{ historyOf, bandOfProgram }, [plan]] = await Promise.all([
    findHistoriesWithBands(db, inCare ? [inCare.enrollmentId] : []),
    findCurrentPlanStates(db, inCare ? [inCare.enrollmentId] : []),
  ]);
  const inCareHistory = inCare ? historyOf.get(inCare.enrollmentId) : undefined;
  const compliance = inCare && inCareHistory ? await complianceOf(db, inCare, inCareHistory, records, bandOfProgram, now) : null;

  return {
    client: { ...client, name: lastNameFirst(client) },
    inCare: inCare
      ? {
          enrollmentId: inCare.enrollmentId,
          status: inCare.status,
          level: { code: inCare.level, label: careLevelDefinitions[inCare.level].label },
          program: { name: inCare.program.name },
          levelSince: inCare.levelSince,
          lastRecertifiedOn: inCare.lastRecertifiedOn,
          nextReviewDue: nextReviewDue({ level: inCare.level, admittedOn: inCare.levelSince, lastReviewOn: inCare.lastRecertifiedOn }),
          /** When the treatment plan is next reviewed (never after the next recertification); null before a plan is written. */
          planReviewDue: plan
            ? planReviewDueFor({ ...inCare, lastPlanReviewOn: instantToZonedDate(plan.lastReviewedAt, inCare.program.timeZone) }).reviewDue
            : null,
        }
      : null,
    openEnrollment,
    isAlumnus: isAlumnus(history),
    portalAccount: account,
    careTeam,
    enrollments: enrollmentsShown,
    levelTimeline: timeline,
    // A discharge before the program started reads as the referral's closing.
    statusHistory: statusHistory.map((change) => ({
      ...change,
      toStanding: change.toStatus === "discharged" ? (standingOf.get(change.enrollmentId) ?? change.toStatus) : change.toStatus,
    })),
    compliance,
    attendance: records.toReversed(),
  };
}

/** Where the client in care stands this week: their weeks from their records, and the sessions they still have. */
async function complianceOf(
  db: Executor,
  inCare: EnrollmentInCare,
  history: EnrollmentHistory,
  records: readonly ClientAttendance[],
  bandOfProgram: ReadonlyMap<string, IntRange>,
  now: Date,
) {
  const { weekEnd } = weekEndsOf([inCare.program], now)[0]!;
  const options = history.placements.flatMap((placement) => placement.scheduleOptionId ?? []);
  const upcoming = await findUpcomingThisWeek(db, now, [{ programId: inCare.program.id, weekEnd }], {
    scheduleOptionIds: [...new Set(options)],
    clientIds: [inCare.clientId],
  });
  return assessCompliance({
    program: inCare.program,
    level: inCare.level,
    levelSince: inCare.levelSince,
    lastRecertifiedOn: inCare.lastRecertifiedOn,
    weeks: deliveredMinutes(records, inCare.program.timeZone).byWeek,
    recentStatuses: records.map((record) => record.status),
    history,
    bandOfProgram,
    remainingScheduledMinutes: remainingMinutesThisWeek({ upcoming, clientId: inCare.clientId, history, weekEnd, now }),
    now,
  });
}

type EnrollmentInCare = Awaited<ReturnType<typeof findEnrollmentsInCare>>[number];
type ClientAttendance = Awaited<ReturnType<typeof findClientAttendanceSince>>[number];

export type ClientDetail = NonNullable<Awaited<ReturnType<typeof getClientDetail>>>;
