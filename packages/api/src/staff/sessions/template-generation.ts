import type { Executor } from "@stepwise/db/client";
import { programSessions, type sessionTemplates } from "@stepwise/db/schema";
import { type CalendarDate, type IsoWeekday, occurrencesOfTemplate } from "@stepwise/domain";
import { wallClockOf } from "../programs/programs.queries";

/** How far ahead a template's sessions are dated when it is created or changed. */
export const generationHorizonDays = 8 * 7;

type TemplateRow = typeof sessionTemplates.$inferSelect;

/**
 * Dates the template's sessions from `from` through `to` (local dates in the program's zone).
 * Idempotent: a date that already has its session (edited, cancelled or not) is left alone.
 */
export async function generateTemplateSessions(tx: Executor, template: TemplateRow, timeZone: string, from: CalendarDate, to: CalendarDate) {
  const occurrences = occurrencesOfTemplate(
    {
      weekdays: template.weekdays as IsoWeekday[],
      startTime: wallClockOf(template.startTime),
      endTime: wallClockOf(template.endTime),
      startsOn: template.startsOn,
      endsOn: template.endsOn,
    },
    timeZone,
    from,
    to,
  );
  if (occurrences.length === 0) return 0;
  const inserted = await tx
    .insert(programSessions)
    .values(
      occurrences.map((occurrence) => ({
        programId: template.programId,
        scheduleOptionId: template.scheduleOptionId,
        templateId: template.id,
        occursOn: occurrence.occursOn,
        kind: template.kind,
        title: template.title,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        facilitatorStaffId: template.facilitatorStaffId,
        location: template.location,
        videoUrl: template.videoUrl,
        capacity: template.capacity,
      })),
    )
    .onConflictDoNothing({ target: [programSessions.templateId, programSessions.occursOn] })
    .returning({ id: programSessions.id });
  return inserted.length;
}
