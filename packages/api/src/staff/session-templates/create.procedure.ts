import { sessionTemplates } from "@stepwise/db/schema";
import {
  addDays,
  compareCalendarDates,
  instantToZonedDate,
  sessionTemplateInputSchema,
} from "@stepwise/domain";
import { recordAudit } from "../../core/audit";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../core/trpc";
import { lockOptionWithProgram } from "./session-templates.queries";
import { ensureTemplateFits } from "./template-fit";
import { generateTemplateSessions, generationHorizonDays } from "./template-generation";

/**
 * A weekly recurring session of a schedule option. Its dated sessions for the next eight weeks
 * are generated at once in the program's time zone (none before today).
 */
export const createSessionTemplate = staffProcedure("program.write")
  .input(sessionTemplateInputSchema)
  .mutation(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "sessionTemplates.create", resourceType: "schedule_option", resourceId: input.scheduleOptionId }, async (tx) => {
      const setting = await lockOptionWithProgram(tx, input.scheduleOptionId);
      if (!setting) return outOfReach();
      const { program, option } = setting;
      await ensureTemplateFits(tx, input, { program, option });
      const [template] = await tx
        .insert(sessionTemplates)
        .values({
          programId: program.id,
          scheduleOptionId: option.id,
          kind: input.kind,
          title: input.title,
          weekdays: input.weekdays,
          startTime: input.startTime,
          endTime: input.endTime,
          facilitatorStaffId: input.facilitatorStaffId ?? null,
          location: input.location ?? null,
          videoUrl: input.videoUrl ?? null,
          capacity: input.capacity ?? null,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
        })
        .returning();
      const today = instantToZonedDate(new Date(), program.timeZone);
      const from = compareCalendarDates(input.startsOn, today) > 0 ? input.startsOn : today;
      const generated = await generateTemplateSessions(tx, template!, program.timeZone, from, addDays(today, generationHorizonDays));
      await recordAudit(tx, ctx.caller, {
        action: "sessionTemplates.create",
        outcome: "allowed",
        resourceType: "session_template",
        resourceId: template!.id,
        detail: { programId: program.id, scheduleOptionId: option.id, generated },
      });
      return { templateId: template!.id, generated };
    }),
  );
