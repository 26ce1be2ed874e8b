import type { Executor } from "@stepwise/db/client";
import { assessCompliance, careLevelDefinitions, type EnrollmentStanding, enrollmentStandingOf, isAlumnus, isEnrollmentOpen, lastNameFirst, nextReviewDue, remainingMinutesThisWeek } from "@stepwise/domain";
import { findHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { findAttendanceSince, findEnrollmentsInCare, findUpcomingSessions } from "../../queries/compliance.queries";
import { findCareTeamMembers } from "../../queries/care-team.queries";
import { findClient, findEnrollments, findLevelTimeline, findPortalAccount, findStatusHistory } from "./detail.queries";

const day = 24 * 60 * 60 * 1000;
/** How much attendance history the detail page shows. */
const historyWeeks = 8;

/** One client's record for staff: enrollments, level timeline, schedule, attendance by week, flags. */
export async function getClientDetail(db: Executor, clientId: string, now: Date) {
  const found = await findClient(db, clientId);
  if (!found) return null;
  const { userId, ...client } = found;
  const [history, timeline, statusHistory, account, open, records, upcoming] = await Promise.all([
    findEnrollments(db, clientId),
    findLevelTimeline(db, clientId),
    findStatusHistory(db, clientId),
    userId ? findPortalAccount(db, userId) : null,
    findEnrollmentsInCare(db, { clientId }),
    findAttendanceSince(db, new Date(now.getTime() - (historyWeeks * 7 + 1) * day), { clientId }),
    findUpcomingSessions(db, now, new Date(now.getTime() + 7 * day)),
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

  const { historyOf, bandOfProgram } = await findHistoriesWithBands(db, inCare ? [inCare.enrollmentId] : []);
  const inCareHistory = inCare ? historyOf.get(inCare.enrollmentId) : undefined;
  const compliance =
    inCare && inCareHistory
      ? assessCompliance({
          program: inCare.program,
          level: inCare.level,
          levelSince: inCare.levelSince,
          lastRecertifiedOn: inCare.lastRecertifiedOn,
          records,
          history: inCareHistory,
          bandOfProgram,
          remainingScheduledMinutes: remainingMinutesThisWeek({
            upcoming,
            clientId,
            history: inCareHistory,
            timeZone: inCare.program.timeZone,
            now,
          }),
          now,
        })
      : null;

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
    attendance: records
      .map(({ clientId: _client, ...record }) => record)
      .reverse(),
  };
}

export type ClientDetail = NonNullable<Awaited<ReturnType<typeof getClientDetail>>>;
