import type { Executor } from "@stepwise/db/client";
import { enrollments, levelOfCareChanges } from "@stepwise/db/schema";
import type { EnrollmentHistory, IntRange, LevelPlacement, StatusChange } from "@stepwise/domain";
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { statusChangeOrder } from "./status-change-order.queries";

export type EnrollmentWithHistory = EnrollmentHistory & { enrollmentId: string; clientId: string };

type PlacementRow = LevelPlacement & { minWeeklyMinutes: number; maxWeeklyMinutes: number };

/**
 * Enrollments with their placement and status histories in one statement, in the order the
 * domain's enrollment-history reads them: placements by date, then as recorded; status changes
 * in statusChangeOrder (the order findLatestStatusChange takes the latest from). Each placement
 * carries its program's band.
 */
function selectHistories(db: Executor, which: SQL) {
  return db
    .select({
      enrollmentId: enrollments.id,
      clientId: enrollments.clientId,
      startsOn: enrollments.startsOn,
      endsOn: enrollments.endsOn,
      // Written with table names: inside a select list drizzle leaves column names unqualified.
      placements: sql<PlacementRow[]>`coalesce((
        select json_agg(json_build_object(
            'effectiveOn', change.effective_on,
            'programId', change.program_id,
            'scheduleOptionId', change.schedule_option_id,
            'level', change.to_level,
            'minWeeklyMinutes', program.min_weekly_minutes,
            'maxWeeklyMinutes', program.max_weekly_minutes)
          order by change.effective_on, change.recorded_at, change.id)
        from level_of_care_changes change join programs program on program.id = change.program_id
        where change.enrollment_id = enrollments.id), '[]'::json)`,
      statusChanges: sql<StatusChange[]>`coalesce((
        select json_agg(json_build_object('effectiveOn', change.effective_on, 'toStatus', change.to_status)
          order by ${statusChangeOrder("asc", "change")})
        from enrollment_status_changes change
        where change.enrollment_id = enrollments.id), '[]'::json)`,
    })
    .from(enrollments)
    .where(which);
}

function withoutBands(row: Awaited<ReturnType<typeof selectHistories>>[number]): EnrollmentWithHistory {
  return {
    ...row,
    placements: row.placements.map(({ minWeeklyMinutes: _min, maxWeeklyMinutes: _max, ...placement }) => placement),
  };
}

/** The enrollments `which` selects, with their histories: one statement however many. */
export async function findEnrollmentHistories(db: Executor, which: SQL): Promise<EnrollmentWithHistory[]> {
  return (await selectHistories(db, which)).map(withoutBands);
}

/** Enrollments that were ever placed on one of these schedule options. */
export function placedOnAnyOf(db: Executor, scheduleOptionIds: readonly string[]): SQL {
  return inArray(
    enrollments.id,
    db
      .select({ id: levelOfCareChanges.enrollmentId })
      .from(levelOfCareChanges)
      .where(inArray(levelOfCareChanges.scheduleOptionId, [...scheduleOptionIds])),
  );
}

/**
 * The histories of these enrollments by id, and the band (weekly minutes) of every program they
 * were placed in, so each week can be judged against its own band. One statement however many.
 */
export async function findHistoriesWithBands(db: Executor, enrollmentIds: readonly string[]) {
  return withBands(enrollmentIds.length === 0 ? [] : await selectHistories(db, inArray(enrollments.id, [...enrollmentIds])));
}

/**
 * The same for every enrollment of one client (a few at most): read beside the client's episode
 * rather than after it, so the portal's pages wait for one round trip, not two.
 */
export async function findClientHistoriesWithBands(db: Executor, clientId: string) {
  return withBands(await selectHistories(db, eq(enrollments.clientId, clientId)));
}

function withBands(rows: Awaited<ReturnType<typeof selectHistories>>) {
  const bandOfProgram = new Map<string, IntRange>(
    rows.flatMap((row) => row.placements.map((p) => [p.programId, { min: p.minWeeklyMinutes, max: p.maxWeeklyMinutes }] as const)),
  );
  return { historyOf: new Map(rows.map((row) => [row.enrollmentId, withoutBands(row)])), bandOfProgram };
}

/** One enrollment's history, or null when there is none. */
export async function findEnrollmentHistory(db: Executor, enrollmentId: string) {
  const [history] = await findEnrollmentHistories(db, eq(enrollments.id, enrollmentId));
  return history ?? null;
}
