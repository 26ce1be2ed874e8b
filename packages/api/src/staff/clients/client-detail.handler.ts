import type { Executor } from "@stepwise/db/client";
import { careLevelDefinitions } from "@stepwise/domain";
import { assessCompliance, remainingMinutesThisWeek } from "../compliance";
import { displayName } from "../names";
import { findAttendanceSince, findOpenEnrollments, findUpcomingSessions } from "../queries";
import { findCareTeam } from "../../care-team.queries";
import { findClient, findEnrollments, findLevelTimeline } from "./client-detail.queries";

const day = 24 * 60 * 60 * 1000;
/** How much attendance history the detail page shows. */
const historyWeeks = 8;

/** One client's record for staff: enrollments, level timeline, schedule, attendance by week, flags. */
export async function getClientDetail(db: Executor, clientId: string, now: Date) {
  const client = await findClient(db, clientId);
  if (!client) return null;
  const [history, timeline, open, records, upcoming] = await Promise.all([
    findEnrollments(db, clientId),
    findLevelTimeline(db, clientId),
    findOpenEnrollments(db, { clientId }),
    findAttendanceSince(db, new Date(now.getTime() - (historyWeeks * 7 + 1) * day), { clientId }),
    findUpcomingSessions(db, now, new Date(now.getTime() + 7 * day)),
  ]);
  const current = open[0] ?? null;
  const careTeam = current ? await findCareTeam(db, current.enrollmentId) : [];

  const compliance = current
    ? assessCompliance({
        program: current.program,
        level: current.level,
        levelSince: current.levelSince,
        lastRecertifiedOn: current.lastRecertifiedOn,
        records,
        remainingScheduledMinutes: remainingMinutesThisWeek({
          upcoming,
          clientId,
          scheduleOptionId: current.scheduleOptionId,
          timeZone: current.program.timeZone,
          now,
        }),
        now,
      })
    : null;

  return {
    client: { ...client, name: displayName(client) },
    current: current
      ? {
          enrollmentId: current.enrollmentId,
          status: current.status,
          level: { code: current.level, label: careLevelDefinitions[current.level].label },
          program: { name: current.program.name },
          levelSince: current.levelSince,
          lastRecertifiedOn: current.lastRecertifiedOn,
        }
      : null,
    careTeam,
    enrollments: history,
    levelTimeline: timeline,
    compliance,
    attendance: records
      .map(({ clientId: _client, ...record }) => record)
      .reverse(),
  };
}

export type ClientDetail = NonNullable<Awaited<ReturnType<typeof getClientDetail>>>;
