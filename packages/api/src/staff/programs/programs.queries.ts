import type { Executor } from "@stepwise/db/client";
import { programs, scheduleOptions } from "@stepwise/db/schema";
import type { IsoWeekday } from "@stepwise/domain";
import { asc, eq, inArray } from "drizzle-orm";

/** 'HH:MM:SS' from a time column as the domain's 'HH:MM'. */
export function wallClockOf(time: string): string {
  return time.slice(0, 5);
}

const programColumns = {
  id: programs.id,
  slug: programs.slug,
  name: programs.name,
  level: programs.level,
  track: programs.track,
  timeZone: programs.timeZone,
  minWeeklyMinutes: programs.minWeeklyMinutes,
  maxWeeklyMinutes: programs.maxWeeklyMinutes,
  expectedLengthWeeks: programs.expectedLengthWeeks,
  sessionKinds: programs.sessionKinds,
  active: programs.active,
};

type ProgramRow = Awaited<ReturnType<typeof selectPrograms>>[number];

function selectPrograms(db: Executor, programId?: string) {
  const query = db.select(programColumns).from(programs);
  return (programId ? query.where(eq(programs.id, programId)) : query).orderBy(asc(programs.name));
}

function optionsOf(db: Executor, programIds: string[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: scheduleOptions.id,
      programId: scheduleOptions.programId,
      name: scheduleOptions.name,
      shift: scheduleOptions.shift,
      weekdays: scheduleOptions.weekdays,
      startTime: scheduleOptions.startTime,
      endTime: scheduleOptions.endTime,
    })
    .from(scheduleOptions)
    .where(inArray(scheduleOptions.programId, programIds))
    .orderBy(asc(scheduleOptions.startTime), asc(scheduleOptions.name));
}

function shapeProgram(program: ProgramRow, options: Awaited<ReturnType<typeof optionsOf>>) {
  const { minWeeklyMinutes, maxWeeklyMinutes, ...rest } = program;
  return {
    ...rest,
    weeklyMinutes: { min: minWeeklyMinutes, max: maxWeeklyMinutes },
    scheduleOptions: options
      .filter((option) => option.programId === program.id)
      .map(({ programId: _program, ...option }) => ({
        ...option,
        weekdays: option.weekdays as IsoWeekday[],
        startTime: wallClockOf(option.startTime),
        endTime: wallClockOf(option.endTime),
      })),
  };
}

export type ProgramWithOptions = ReturnType<typeof shapeProgram>;

/** Every program with its schedule options: two queries whatever the number of programs. */
export async function findProgramsWithOptions(db: Executor): Promise<ProgramWithOptions[]> {
  const rows = await selectPrograms(db);
  const options = await optionsOf(db, rows.map((row) => row.id));
  return rows.map((row) => shapeProgram(row, options));
}

export async function findProgramWithOptions(db: Executor, programId: string): Promise<ProgramWithOptions | null> {
  const [row] = await selectPrograms(db, programId);
  if (!row) return null;
  return shapeProgram(row, await optionsOf(db, [row.id]));
}
