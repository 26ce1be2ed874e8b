import { calendarDateSchema, compareCalendarDates, generationThroughRefusal, instantToZonedDate } from "@stepwise/domain";
import { z } from "zod";
import { fail } from "../../core/errors";
import { generateTemplateSessions } from "../../queries/template-sessions.queries";
import { sessionTemplateProcedure } from "../scopes";

/** Dates a running template's sessions through a later day; dates already there are left alone. */
export const extendSessionTemplate = sessionTemplateProcedure("program.write")
  .input(z.object({ through: calendarDateSchema }))
  .mutation(async ({ ctx, input }) => {
    const { template, program } = ctx;
    const today = instantToZonedDate(new Date(), program.timeZone);
    const refusal = generationThroughRefusal(template, input.through, today);
    if (refusal) fail({ kind: "invalid", message: refusal });
    const from = compareCalendarDates(template.startsOn, today) > 0 ? template.startsOn : today;
    const generated = await generateTemplateSessions(ctx.db, template, program.timeZone, from, input.through);
    ctx.audit({ detail: { programId: program.id, through: input.through, generated } });
    return { templateId: template.id, generated };
  });
