import { programSessions, sessionTemplates } from "@stepwise/db/schema";
import {
  addDays,
  compareCalendarDates,
  describeSessionTemplateViolation,
  instantToZonedDate,
  isoWeekdayOf,
  sessionTemplateUpdateSchema,
  sessionTemplateViolations,
  weekdayName,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { ensureStaffMember } from "../programs/program-settings.queries";
import { refuseWithReasons } from "../programs/refuse";
import { lockTemplate } from "./session-templates.queries";
import { generateTemplateSessions, generationHorizonDays } from "./template-generation";

/**
 * Changes a template from now on: its future sessions follow, except those staff edited or
 * cancelled one by one; past sessions keep what happened. A day the group no longer meets has
 * its future session cancelled with that reason, and new days are dated eight weeks ahead.
 */
export const updateSessionTemplate = staffProcedure("program.write")
  .input(z.object({ templateId: z.uuid() }).and(sessionTemplateUpdateSchema))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const found = await lockTemplate(tx, input.templateId);
      if (!found) return notFound();
      const { template, program, option } = found;
      const violations = sessionTemplateViolations(input, { program, option });
      if (violations.length > 0) {
        refuseWithReasons(
          "This session template doesn't fit its program or schedule option:",
          violations.map((violation) => describeSessionTemplateViolation(violation, option.name)),
        );
      }
      await ensureStaffMember(tx, input.facilitatorStaffId);
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
        );
      let followed = 0;
      let cancelled = 0;
      for (const session of untouchedFuture) {
        const occursOn = session.occursOn!;
        const weekday = isoWeekdayOf(occursOn);
        if (input.weekdays.includes(weekday)) {
          await tx
            .update(programSessions)
            .set({
              ...details,
              startsAt: zonedWallClockToInstant(occursOn, input.startTime, program.timeZone),
              endsAt: zonedWallClockToInstant(occursOn, input.endTime, program.timeZone),
            })
            .where(eq(programSessions.id, session.id));
          followed++;
        } else {
          await tx
            .update(programSessions)
            .set({ cancelledAt: now, cancellationReason: `The group no longer meets on ${weekdayName(weekday)}s.` })
            .where(eq(programSessions.id, session.id));
          cancelled++;
        }
      }
      const today = instantToZonedDate(now, program.timeZone);
      const from = compareCalendarDates(template.startsOn, today) > 0 ? template.startsOn : today;
      const generated = await generateTemplateSessions(tx, updated!, program.timeZone, from, addDays(today, generationHorizonDays));

      await recordAudit(tx, ctx.caller, {
        action: "sessionTemplates.update",
        outcome: "allowed",
        resourceType: "session_template",
        resourceId: template.id,
        detail: { programId: program.id, followed, cancelled, generated },
      });
      return { templateId: template.id, followed, cancelled, generated };
    }),
  );
