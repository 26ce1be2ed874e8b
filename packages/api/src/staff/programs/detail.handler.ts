import type { Executor } from "@stepwise/db/client";
import {
  type CalendarDate,
  type IsoWeekday,
  addDays,
  compareCalendarDates,
  instantToZonedDate,
  instantToZonedTime,
  takesSignUps,
  weekBounds,
  weekStartOf,
} from "@stepwise/domain";
import { findFacilitators } from "../../queries/staff-members.queries";
import { findGroupSessionsOfWeek, findProgramWithOptions, findTemplatesOfProgram, wallClockOf } from "./programs.queries";

/** A program with its options, templates and the group sessions of one week (Monday–Sunday, its zone). */
export async function getProgramDetail(db: Executor, programId: string, weekOf: CalendarDate | undefined, now: Date) {
  const program = await findProgramWithOptions(db, programId);
  if (!program) return null;
  const { timeZone } = program;
  const today = instantToZonedDate(now, timeZone);
  const weekStart = weekStartOf(weekOf ?? today, timeZone);
  const { from, to } = weekBounds(weekStart, timeZone);
  const [templates, sessions, facilitators] = await Promise.all([
    findTemplatesOfProgram(db, programId),
    findGroupSessionsOfWeek(db, programId, from, to),
    findFacilitators(db),
  ]);
  return {
    program,
    today,
    templates: templates.map((template) => ({
      ...template,
      weekdays: template.weekdays as IsoWeekday[],
      startTime: wallClockOf(template.startTime),
      endTime: wallClockOf(template.endTime),
      ended: template.endsOn !== null && compareCalendarDates(template.endsOn, today) < 0,
    })),
    week: {
      start: weekStart,
      previous: addDays(weekStart, -7),
      next: addDays(weekStart, 7),
      sessions: sessions.map((session) => ({
        ...session,
        occursOn: session.occursOn ?? instantToZonedDate(session.startsAt, timeZone),
        startTime: instantToZonedTime(session.startsAt, timeZone),
        endTime: instantToZonedTime(session.endsAt, timeZone),
        cancelled: session.cancelledAt !== null,
        edited: session.editedAt !== null,
        /** A family session that takes sign-ups is managed on its own page, which tells the people signed up. */
        takesSignUps: takesSignUps(session),
      })),
    },
    facilitators,
  };
}

export type ProgramDetail = NonNullable<Awaited<ReturnType<typeof getProgramDetail>>>;
