import { addDays, compareCalendarDates, instantToZonedDate, sessionTemplateInputSchema } from "@stepwise/domain";
import { generateTemplateSessions, generationHorizonDays } from "../../queries/template-sessions.queries";
import { scheduleOptionProcedure } from "../scopes";
import { insertTemplate } from "./session-templates.queries";
import { ensureTemplateFits } from "./template-fit";

/**
 * A weekly recurring session of a schedule option. Its dated sessions for the next eight weeks
 * are generated at once in the program's time zone (none before today).
 */
export const createSessionTemplate = scheduleOptionProcedure("program.write")
  .input(sessionTemplateInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { program, option } = ctx;
    await ensureTemplateFits(ctx.db, input, { program, option });
    const template = await insertTemplate(ctx.db, {
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
    });
    const today = instantToZonedDate(new Date(), program.timeZone);
    const from = compareCalendarDates(input.startsOn, today) > 0 ? input.startsOn : today;
    const generated = await generateTemplateSessions(ctx.db, template, program.timeZone, from, addDays(today, generationHorizonDays));
    ctx.audit({
      resource: { type: "session_template", id: template.id },
      detail: { programId: program.id, scheduleOptionId: option.id, generated },
    });
    return { templateId: template.id, generated };
  });
