import type { Executor } from "@stepwise/db/client";
import { assessCompliance, careLevelDefinitions, compareComplianceUrgency, type ComplianceBoardFilter, lastNameFirst, matchesComplianceFlag, remainingMinutesThisWeek } from "@stepwise/domain";
import { findHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { findAttendanceSince, findEnrollmentsInCare, findUpcomingSessions } from "../../queries/compliance.queries";
import { groupBy } from "../../core/group-by";

const day = 24 * 60 * 60 * 1000;
/** Far enough back to cover last week and the week before in any program's time zone. */
const lookBack = 22 * day;

/**
 * Every client with an open enrollment (or those of one program, or showing one flag), most
 * urgent first. Seven queries whatever the roster size.
 */
export async function getRoster(db: Executor, now: Date, filter: ComplianceBoardFilter = {}) {
  const [open, records, upcoming] = await Promise.all([
    findEnrollmentsInCare(db, { programId: filter.programId }),
    findAttendanceSince(db, new Date(now.getTime() - lookBack)),
    findUpcomingSessions(db, now, new Date(now.getTime() + 7 * day)),
  ]);
  const recordsByClient = groupBy(records, (record) => record.clientId);
  const { historyOf, bandOfProgram } = await findHistoriesWithBands(db, open.map((enrollment) => enrollment.enrollmentId));

  const rows = open.map((enrollment) => {
    const history = historyOf.get(enrollment.enrollmentId) ?? { startsOn: enrollment.startsOn, endsOn: null, placements: [], statusChanges: [] };
    const remainingScheduledMinutes = remainingMinutesThisWeek({
      upcoming,
      clientId: enrollment.clientId,
      history,
      timeZone: enrollment.program.timeZone,
      now,
    });
    const { byWeek: _history, ...compliance } = assessCompliance({
      program: enrollment.program,
      level: enrollment.level,
      levelSince: enrollment.levelSince,
      lastRecertifiedOn: enrollment.lastRecertifiedOn,
      records: recordsByClient.get(enrollment.clientId) ?? [],
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
