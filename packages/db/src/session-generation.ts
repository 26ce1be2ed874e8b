import { type CalendarDate, type IsoWeekday, occurrencesOfTemplate } from "@stepwise/domain";
import type { programSessions, sessionTemplates } from "./schema";

type SessionTemplate = typeof sessionTemplates.$inferSelect;
export type GeneratedSession = typeof programSessions.$inferInsert & { templateId: string; occursOn: CalendarDate };

/** Postgres answers a `time` as "18:00:00"; the domain's wall clock is "18:00". */
const wallClock = (time: string) => time.slice(0, 5);

/**
 * The rows of a template's dated sessions from `from` through `to` (local dates in the program's
 * zone), each a copy of the template on its own date: the one way sessions are generated, by the
 * staff app and by the demo seed alike.
 */
export function sessionsOfTemplate(template: SessionTemplate, timeZone: string, from: CalendarDate, to: CalendarDate): GeneratedSession[] {
  const pattern = {
    weekdays: template.weekdays as IsoWeekday[],
    startTime: wallClock(template.startTime),
    endTime: wallClock(template.endTime),
    startsOn: template.startsOn,
    endsOn: template.endsOn,
  };
  return occurrencesOfTemplate(pattern, timeZone, from, to).map((occurrence) => ({
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
  }));
}
