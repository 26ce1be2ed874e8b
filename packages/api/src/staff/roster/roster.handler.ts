import type { Executor } from "@stepwise/db/client";
import {
  type ComplianceBoardFilter,
  assessCompliance,
  careLevelDefinitions,
  compareComplianceUrgency,
  lastNameFirst,
  matchesComplianceFlag,
  remainingMinutesThisWeek,
} from "@stepwise/domain";
import { groupBy } from "../../core/group-by";
import { findEnrollmentsInCare, findRecentStatuses, findUpcomingThisWeek, findWeeklyAttendance } from "../../queries/compliance.queries";
import { findHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { candidatesFrom, weekEndsOf } from "./compliance-inputs";

const day = 24 * 60 * 60 * 1000;
/** Far enough back to cover last week and the week before in any program's time zone. */
const lookBack = 22 * day;

/**
 * Every client in care (or those of one program, of the viewer's caseload, or showing one flag), most urgent first. Postgres
 * sums each client's attended minutes per week and dates the sessions still ahead; the domain
 * judges them. Six statements whatever the size of the board, each reading only the clients it shows.
 */
export async function getRoster(db: Executor, now: Date, filter: ComplianceBoardFilter, viewer: { staffMemberId: string }) {
  const caseloadOf = filter.caseload === "mine" ? viewer.staffMemberId : undefined;
  const inCare = await findEnrollmentsInCare(db, { programId: filter.programId, caseloadOf });
  const since = new Date(now.getTime() - lookBack);
  const weekEnds = weekEndsOf(
    inCare.map((enrollment) => enrollment.program),
    now,
  );
  const [weeks, statuses, upcoming, { historyOf, bandOfProgram }] = await Promise.all([
    findWeeklyAttendance(db, since, { programId: filter.programId }),
    findRecentStatuses(db, since, { programId: filter.programId }),
    findUpcomingThisWeek(db, now, weekEnds),
    findHistoriesWithBands(
      db,
      inCare.map((enrollment) => enrollment.enrollmentId),
    ),
  ]);
  const weeksOf = groupBy(weeks, (week) => week.clientId);
  const statusesOf = new Map(statuses.map((row) => [row.clientId, row.statuses]));
  const weekEndOf = new Map(weekEnds.map((week) => [week.programId, week.weekEnd]));
  const candidatesOf = candidatesFrom(upcoming);

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
    return {
      clientId: enrollment.clientId,
      name: lastNameFirst(enrollment),
      status: enrollment.status,
      program: { id: enrollment.program.id, name: enrollment.program.name },
      level: { code: enrollment.level, shortLabel: careLevelDefinitions[enrollment.level].shortLabel },
      ...compliance,
    };
  });
  return rows
    .filter((row) => matchesComplianceFlag(row, filter.flag))
    .sort((a, b) => compareComplianceUrgency(a, b) || a.name.localeCompare(b.name));
}

export type RosterRow = Awaited<ReturnType<typeof getRoster>>[number];
