import type { Executor } from "@stepwise/db/client";
import { programs, scheduleOptions, sessionTemplates } from "@stepwise/db/schema";
import type { IsoWeekday } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { wallClockOf } from "../programs/programs.queries";

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

/** The template row locked, with its option and program. */
export async function lockTemplate(tx: Executor, templateId: string) {
  const [template] = await tx.select().from(sessionTemplates).where(eq(sessionTemplates.id, templateId)).for("update");
  if (!template) return null;
  const setting = await lockOptionWithProgram(tx, template.scheduleOptionId);
  return setting ? { template, ...setting } : null;
}
