import { calendarDateSchema, compareCalendarDates, generationThroughRefusal, instantToZonedDate } from "@stepwise/domain";
import { z } from "zod";
import { recordAudit } from "../../core/audit";
import { fail } from "../../core/errors";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../core/trpc";
import { lockTemplate } from "./session-templates.queries";
import { generateTemplateSessions } from "./template-generation";

/** Dates a running template's sessions through a later day; dates already there are left alone. */
export const extendSessionTemplate = staffProcedure("program.write")
  .input(z.object({ templateId: z.uuid(), through: calendarDateSchema }))
  .mutation(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "sessionTemplates.extend", resourceType: "session_template", resourceId: input.templateId }, async (tx) => {
      const found = await lockTemplate(tx, input.templateId);
      if (!found) return outOfReach();
      const { template, program } = found;
      const today = instantToZonedDate(new Date(), program.timeZone);
      const refusal = generationThroughRefusal(template, input.through, today);
      if (refusal) fail({ kind: "invalid", message: refusal });
      const from = compareCalendarDates(template.startsOn, today) > 0 ? template.startsOn : today;
      const generated = await generateTemplateSessions(tx, template, program.timeZone, from, input.through);
      await recordAudit(tx, ctx.caller, {
        action: "sessionTemplates.extend",
        outcome: "allowed",
        resourceType: "session_template",
        resourceId: template.id,
        detail: { programId: program.id, through: input.through, generated },
      });
      return { templateId: template.id, generated };
    }),
  );
