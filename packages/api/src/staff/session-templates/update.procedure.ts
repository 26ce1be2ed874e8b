import { programSessions, sessionTemplates } from "@stepwise/db/schema";
import { addDays, compareCalendarDates, instantToZonedDate, planTemplateChange, sessionTemplateUpdateSchema } from "@stepwise/domain";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../core/audit";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../core/trpc";
import { lockTemplate } from "./session-templates.queries";
import { ensureTemplateFits } from "./template-fit";
import { generateTemplateSessions, generationHorizonDays } from "./template-generation";
import { followTemplate } from "./follow-template";
import { withdrawSessions } from "./withdraw-sessions";

/**
 * Changes a template from now on: its future sessions follow, except those staff edited or
 * cancelled one by one; past sessions keep what happened. A day the group no longer meets loses
 * its future sessions (they were only forecast, so they are removed and come back if the day
 * does), and new days are dated eight weeks ahead.
 */
export const updateSessionTemplate = staffProcedure("program.write")
  .input(z.object({ templateId: z.uuid() }).and(sessionTemplateUpdateSchema))
  .mutation(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "sessionTemplates.update", resourceType: "session_template", resourceId: input.templateId }, async (tx) => {
      const found = await lockTemplate(tx, input.templateId);
      if (!found) return outOfReach();
      const { template, program, option } = found;
      await ensureTemplateFits(tx, input, { program, option });
      const details = {
        kind: input.kind,
        title: input.title,
        facilitatorStaffId: input.facilitatorStaffId ?? null,
        location: input.location ?? null,
        videoUrl: input.videoUrl ?? null,
        capacity: input.capacity ?? null,
      };
      const [updated] = await tx
        .update(sessionTemplates)
        .set({ ...details, weekdays: input.weekdays, startTime: input.startTime, endTime: input.endTime })
        .where(eq(sessionTemplates.id, template.id))
        .returning();

      const now = new Date();
      const untouchedFuture = await tx
        .select({ id: programSessions.id, occursOn: programSessions.occursOn })
        .from(programSessions)
        .where(
          and(
            eq(programSessions.templateId, template.id),
            gt(programSessions.startsAt, now),
            isNull(programSessions.editedAt),
            isNull(programSessions.cancelledAt),
          ),
        )
        // Locked so a one-off edit waits for this change (or this read skips what it edited).
        .for("update");
      const plan = planTemplateChange(
        untouchedFuture.map((session) => ({ id: session.id, occursOn: session.occursOn! })),
        input,
        program.timeZone,
      );
      let followed = 0;
      for (const { id, startsAt, endsAt } of plan.follow) {
        if (await followTemplate(tx, id, { ...details, startsAt, endsAt }, now)) followed++;
      }
      let removed = 0;
      let cancelled = 0;
      for (const { sessionIds, reason } of plan.drop) {
        const withdrawn = await withdrawSessions(tx, sessionIds, reason, now);
        removed += withdrawn.removed;
        cancelled += withdrawn.cancelled;
      }
      const today = instantToZonedDate(now, program.timeZone);
      const from = compareCalendarDates(template.startsOn, today) > 0 ? template.startsOn : today;
      const generated = await generateTemplateSessions(tx, updated!, program.timeZone, from, addDays(today, generationHorizonDays));

      await recordAudit(tx, ctx.caller, {
        action: "sessionTemplates.update",
        outcome: "allowed",
        resourceType: "session_template",
        resourceId: template.id,
        detail: { programId: program.id, followed, removed, cancelled, generated },
      });
      return { templateId: template.id, followed, removed, cancelled, generated };
    }),
  );
