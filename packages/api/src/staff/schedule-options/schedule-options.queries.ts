import type { Executor } from "@stepwise/db/client";
import { programs, scheduleOptions } from "@stepwise/db/schema";
import type { IsoWeekday, scheduleOptionInputSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { type lockProgram, wallClockOf } from "../programs/programs.queries";

type ScheduleOptionInput = z.output<typeof scheduleOptionInputSchema>;

/** The program's settings as the schedule-option rules read them. */
export function settingsOf(program: NonNullable<Awaited<ReturnType<typeof lockProgram>>>) {
  return {
    level: program.level,
    weeklyMinutes: { min: program.minWeeklyMinutes, max: program.maxWeeklyMinutes },
    timeZone: program.timeZone,
    sessionKinds: program.sessionKinds,
  };
}

const columnsOf = (input: ScheduleOptionInput) => ({
  shift: input.shift,
  name: input.name,
  weekdays: input.weekdays,
  startTime: input.startTime,
  endTime: input.endTime,
});

export async function insertScheduleOption(db: Executor, programId: string, input: ScheduleOptionInput): Promise<string> {
  const [option] = await db.insert(scheduleOptions).values({ programId, ...columnsOf(input) }).returning({ id: scheduleOptions.id });
  return option!.id;
}

export async function updateScheduleOptionRow(db: Executor, scheduleOptionId: string, input: ScheduleOptionInput) {
  await db.update(scheduleOptions).set(columnsOf(input)).where(eq(scheduleOptions.id, scheduleOptionId));
}

/**
 * The option with its program, the program row locked so concurrent changes to it queue. The
 * program is locked before the option is read, so the option's hours are the ones its last
 * change (which holds the same lock) committed.
 */
export async function lockOptionWithProgram(tx: Executor, scheduleOptionId: string) {
  const [owner] = await tx.select({ programId: scheduleOptions.programId }).from(scheduleOptions).where(eq(scheduleOptions.id, scheduleOptionId));
  if (!owner) return null;
  const [program] = await tx.select().from(programs).where(eq(programs.id, owner.programId)).for("update");
  if (!program) return null;
  const [option] = await tx.select().from(scheduleOptions).where(eq(scheduleOptions.id, scheduleOptionId));
  if (!option) return null;
  return {
    program,
    option: { ...option, weekdays: option.weekdays as IsoWeekday[], startTime: wallClockOf(option.startTime), endTime: wallClockOf(option.endTime) },
  };
}
