import { programs } from "@stepwise/db/schema";
import { instantToZonedDate, programInputSchema, programSettingsConflicts } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../core/audit";
import { notFound } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { lockProgram, openEnrollmentCount, optionsOfProgram, programRowOf, runningTemplates, withFreeSlug } from "./program-settings.queries";
import { refuseWithReasons } from "./refuse";

export const updateProgramInput = z.object({ programId: z.uuid(), active: z.boolean() }).and(programInputSchema);

/**
 * New settings for a program. Refused, with every reason, when its schedule options would break
 * the new band, its running templates would lose their kind or time zone, or its level of care
 * would move under clients still enrolled.
 */
export const updateProgram = staffProcedure("program.write")
  .input(updateProgramInput)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const current = await lockProgram(tx, input.programId);
      if (!current) return notFound();
      const today = instantToZonedDate(new Date(), current.timeZone);
      const reasons = programSettingsConflicts({
        settings: input,
        currentTimeZone: current.timeZone,
        currentLevel: current.level,
        openEnrollments: await openEnrollmentCount(tx, current.id),
        options: await optionsOfProgram(tx, current.id),
        templates: await runningTemplates(tx, { programId: current.id }, today),
      });
      if (reasons.length > 0) refuseWithReasons("These settings can't be saved:", reasons);
      await withFreeSlug(input.slug, () =>
        tx
          .update(programs)
          .set({ ...programRowOf(input), active: input.active })
          .where(eq(programs.id, current.id)),
      );
      await recordAudit(tx, ctx.caller, {
        action: "programs.update",
        outcome: "allowed",
        resourceType: "program",
        resourceId: current.id,
        detail: {
          before: { level: current.level, band: [current.minWeeklyMinutes, current.maxWeeklyMinutes], active: current.active },
          after: { level: input.level, band: [input.weeklyMinutes.min, input.weeklyMinutes.max], active: input.active },
        },
      });
      return { programId: current.id };
    }),
  );
