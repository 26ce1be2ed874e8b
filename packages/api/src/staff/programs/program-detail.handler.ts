import type { Executor } from "@stepwise/db/client";
import { programSessions, scheduleOptions, sessionTemplates, staffMembers, users } from "@stepwise/db/schema";
import {
  type CalendarDate,
  type IsoWeekday,
  addDays,
  compareCalendarDates,
  instantToZonedDate,
  instantToZonedTime,
  weekBounds,
  weekStartOf,
} from "@stepwise/domain";
import { and, asc, eq, gte, isNull, lt } from "drizzle-orm";
import { findFacilitators } from "../sessions/sessions.queries";
import { findProgramWithOptions, wallClockOf } from "./programs.queries";

function findTemplates(db: Executor, programId: string) {
  return db
    .select({
      id: sessionTemplates.id,
      scheduleOptionId: sessionTemplates.scheduleOptionId,
      scheduleOptionName: scheduleOptions.name,
      kind: sessionTemplates.kind,
      title: sessionTemplates.title,
      weekdays: sessionTemplates.weekdays,
      startTime: sessionTemplates.startTime,
      endTime: sessionTemplates.endTime,
      facilitatorStaffId: sessionTemplates.facilitatorStaffId,
      facilitatorName: users.displayName,
      location: sessionTemplates.location,
      videoUrl: sessionTemplates.videoUrl,
      capacity: sessionTemplates.capacity,
      startsOn: sessionTemplates.startsOn,
      endsOn: sessionTemplates.endsOn,
    })
    .from(sessionTemplates)
    .innerJoin(scheduleOptions, eq(scheduleOptions.id, sessionTemplates.scheduleOptionId))
    .leftJoin(staffMembers, eq(staffMembers.id, sessionTemplates.facilitatorStaffId))
    .leftJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(sessionTemplates.programId, programId))
    .orderBy(asc(scheduleOptions.name), asc(sessionTemplates.startTime), asc(sessionTemplates.title));
}

/** Group sessions only: an individual session names its client, which this page has no need of. */
function findGroupSessions(db: Executor, programId: string, from: Date, to: Date) {
  return db
    .select({
      id: programSessions.id,
      templateId: programSessions.templateId,
      scheduleOptionId: programSessions.scheduleOptionId,
      occursOn: programSessions.occursOn,
      kind: programSessions.kind,
      title: programSessions.title,
      startsAt: programSessions.startsAt,
      endsAt: programSessions.endsAt,
      facilitatorName: users.displayName,
      location: programSessions.location,
      videoUrl: programSessions.videoUrl,
      cancelledAt: programSessions.cancelledAt,
      cancellationReason: programSessions.cancellationReason,
      editedAt: programSessions.editedAt,
      signUpCutoffMinutes: programSessions.signUpCutoffMinutes,
    })
    .from(programSessions)
    .leftJoin(staffMembers, eq(staffMembers.id, programSessions.facilitatorStaffId))
    .leftJoin(users, eq(users.id, staffMembers.userId))
    .where(
      and(
        eq(programSessions.programId, programId),
        isNull(programSessions.clientId),
        gte(programSessions.startsAt, from),
        lt(programSessions.startsAt, to),
      ),
    )
    .orderBy(asc(programSessions.startsAt), asc(programSessions.title));
}

/** A program with its options, templates and the group sessions of one week (Monday–Sunday, its zone). */
export async function getProgramDetail(db: Executor, programId: string, weekOf: CalendarDate | undefined, now: Date) {
  const program = await findProgramWithOptions(db, programId);
  if (!program) return null;
  const { timeZone } = program;
  const today = instantToZonedDate(now, timeZone);
  const weekStart = weekStartOf(weekOf ?? today, timeZone);
  const { from, to } = weekBounds(weekStart, timeZone);
  const [templates, sessions, facilitators] = await Promise.all([
    findTemplates(db, programId),
    findGroupSessions(db, programId, from, to),
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
        takesSignUps: session.signUpCutoffMinutes !== null,
      })),
    },
    facilitators,
  };
}

export type ProgramDetail = NonNullable<Awaited<ReturnType<typeof getProgramDetail>>>;
