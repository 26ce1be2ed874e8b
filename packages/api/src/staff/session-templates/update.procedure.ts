import { addDays, compareCalendarDates, instantToZonedDate, planTemplateChange, sessionTemplateUpdateSchema } from "@stepwise/domain";
import { generateTemplateSessions, generationHorizonDays } from "../../queries/template-sessions.queries";
import { sessionTemplateProcedure } from "../scopes";
import { followTemplate, lockUntouchedFutureSessions, updateTemplateRow, withdrawSessions } from "./session-templates.queries";
import { ensureTemplateFits } from "./template-fit";

/**
 * Changes a template from now on: its future sessions follow, except those staff edited or
 * cancelled one by one; past sessions keep what happened. A day the group no longer meets loses
 * its future sessions (they were only forecast, so they are removed and come back if the day
 * does), and new days are dated eight weeks ahead.
 */
export const updateSessionTemplate = sessionTemplateProcedure("program.write")
  .input(sessionTemplateUpdateSchema)
  .mutation(async ({ ctx, input }) => {
    const { template, program, option } = ctx;
    await ensureTemplateFits(ctx.db, input, { program, option });
    const details = {
      kind: input.kind,
      title: input.title,
      facilitatorStaffId: input.facilitatorStaffId ?? null,
      location: input.location ?? null,
      videoUrl: input.videoUrl ?? null,
      capacity: input.capacity ?? null,
    };
    const updated = await updateTemplateRow(ctx.db, template.id, { ...details, weekdays: input.weekdays, startTime: input.startTime, endTime: input.endTime });

    const now = new Date();
    const untouchedFuture = await lockUntouchedFutureSessions(ctx.db, template.id, now);
    const plan = planTemplateChange(
      untouchedFuture.map((session) => ({ id: session.id, occursOn: session.occursOn! })),
      input,
      program.timeZone,
    );
    let followed = 0;
    for (const { id, startsAt, endsAt } of plan.follow) {
      if (await followTemplate(ctx.db, id, { ...details, startsAt, endsAt }, now)) followed++;
    }
    let removed = 0;
    let cancelled = 0;
    for (const { sessionIds, reason } of plan.drop) {
      const withdrawn = await withdrawSessions(ctx.db, sessionIds, reason, now);
      removed += withdrawn.removed;
      cancelled += withdrawn.cancelled;
    }
    const today = instantToZonedDate(now, program.timeZone);
    const from = compareCalendarDates(template.startsOn, today) > 0 ? template.startsOn : today;
    const generated = await generateTemplateSessions(ctx.db, updated, program.timeZone, from, addDays(today, generationHorizonDays));
    ctx.audit({ detail: { programId: program.id, followed, removed, cancelled, generated } });
    return { templateId: template.id, followed, removed, cancelled, generated };
  });
