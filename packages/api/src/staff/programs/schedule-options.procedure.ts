import { scheduleOptions } from "@stepwise/db/schema";
import { instantToZonedDate, scheduleOptionChangeConflicts, scheduleOptionInputSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../core/audit";
import { notFound } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { lockProgram, runningTemplates } from "./program-settings.queries";
import { refuseWithReasons } from "./refuse";

function settingsOf(program: NonNullable<Awaited<ReturnType<typeof lockProgram>>>) {
  return {
    level: program.level,
    weeklyMinutes: { min: program.minWeeklyMinutes, max: program.maxWeeklyMinutes },
    timeZone: program.timeZone,
    sessionKinds: program.sessionKinds,
  };
}

/** A new schedule option; refused with every reason when following it would break the program's band. */
export const createScheduleOption = staffProcedure("program.write")
  .input(z.object({ programId: z.uuid() }).and(scheduleOptionInputSchema))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const program = await lockProgram(tx, input.programId);
      if (!program) return notFound();
      const reasons = scheduleOptionChangeConflicts({ option: input, settings: settingsOf(program), templates: [] });
      if (reasons.length > 0) refuseWithReasons("This schedule option breaks the program's band:", reasons);
      const [option] = await tx
        .insert(scheduleOptions)
        .values({ programId: program.id, shift: input.shift, name: input.name, weekdays: input.weekdays, startTime: input.startTime, endTime: input.endTime })
        .returning({ id: scheduleOptions.id });
      await recordAudit(tx, ctx.caller, {
        action: "scheduleOptions.create",
        outcome: "allowed",
        resourceType: "schedule_option",
        resourceId: option!.id,
        detail: { programId: program.id },
      });
      return { scheduleOptionId: option!.id };
    }),
  );

/** New days or hours for an option: it must keep the band, and its running templates must still fit. */
export const updateScheduleOption = staffProcedure("program.write")
  .input(z.object({ scheduleOptionId: z.uuid() }).and(scheduleOptionInputSchema))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const [existing] = await tx.select().from(scheduleOptions).where(eq(scheduleOptions.id, input.scheduleOptionId));
      if (!existing) return notFound();
      const program = await lockProgram(tx, existing.programId);
      if (!program) return notFound();
      const today = instantToZonedDate(new Date(), program.timeZone);
      const reasons = scheduleOptionChangeConflicts({
        option: input,
        settings: settingsOf(program),
        templates: await runningTemplates(tx, { programId: program.id, scheduleOptionId: existing.id }, today),
      });
      if (reasons.length > 0) refuseWithReasons("This schedule option can't be saved:", reasons);
      await tx
        .update(scheduleOptions)
        .set({ shift: input.shift, name: input.name, weekdays: input.weekdays, startTime: input.startTime, endTime: input.endTime })
        .where(eq(scheduleOptions.id, existing.id));
      await recordAudit(tx, ctx.caller, {
        action: "scheduleOptions.update",
        outcome: "allowed",
        resourceType: "schedule_option",
        resourceId: existing.id,
        detail: { programId: program.id },
      });
      return { scheduleOptionId: existing.id };
    }),
  );
