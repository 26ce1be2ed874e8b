import { instantToZonedDate, programInputSchema, programSettingsConflicts } from "@stepwise/domain";
import { z } from "zod";
import { refuseWithReasons } from "../../core/errors";
import { programProcedure } from "../scopes";
import { openEnrollmentCount, optionsOfProgram, runningTemplates, updateProgramRow, withFreeSlug } from "./programs.queries";

/**
 * New settings for a program. Refused, with every reason, when its schedule options would break
 * the new band, its running templates would lose their kind or time zone, or its level of care
 * would move under clients still enrolled.
 */
export const updateProgram = programProcedure("program.write")
  .input(z.object({ active: z.boolean() }).and(programInputSchema))
  .mutation(async ({ ctx, input }) => {
    const current = ctx.program;
    const today = instantToZonedDate(new Date(), current.timeZone);
    const reasons = programSettingsConflicts({
      settings: input,
      currentTimeZone: current.timeZone,
      currentLevel: current.level,
      openEnrollments: await openEnrollmentCount(ctx.db, current.id),
      options: await optionsOfProgram(ctx.db, current.id),
      templates: await runningTemplates(ctx.db, { programId: current.id }, today),
    });
    if (reasons.length > 0) refuseWithReasons("These settings can't be saved:", reasons);
    await withFreeSlug(input.slug, () => updateProgramRow(ctx.db, current.id, input));
    ctx.audit({
      detail: {
        before: { level: current.level, band: [current.minWeeklyMinutes, current.maxWeeklyMinutes], active: current.active },
        after: { level: input.level, band: [input.weeklyMinutes.min, input.weeklyMinutes.max], active: input.active },
      },
    });
    return { programId: current.id };
  });
