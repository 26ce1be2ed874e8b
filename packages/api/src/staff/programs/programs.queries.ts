import type { Executor } from "@stepwise/db/client";
import { enrollments, programSessions, programs, scheduleOptions, sessionTemplates, staffMembers, users } from "@stepwise/db/schema";
import type { IsoWeekday, ProgramSettings, RunningTemplate } from "@stepwise/domain";
import { and, asc, count, eq, gte, inArray, isNull, lt, ne, or } from "drizzle-orm";
import { withConstraintMessages } from "../../core/constraint-conflicts";

/** 'HH:MM:SS' from a time column as the domain's 'HH:MM'. */
export function wallClockOf(time: string): string {
  return time.slice(0, 5);
}

const programColumns = {
  id: programs.id,
  slug: programs.slug,
  name: programs.name,
  level: programs.level,
  track: programs.track,
  timeZone: programs.timeZone,
  minWeeklyMinutes: programs.minWeeklyMinutes,
  maxWeeklyMinutes: programs.maxWeeklyMinutes,
  expectedLengthWeeks: programs.expectedLengthWeeks,
  sessionKinds: programs.sessionKinds,
  active: programs.active,
};

type ProgramRow = Awaited<ReturnType<typeof selectPrograms>>[number];

function selectPrograms(db: Executor, programId?: string) {
  const query = db.select(programColumns).from(programs);
  return (programId ? query.where(eq(programs.id, programId)) : query).orderBy(asc(programs.name));
}

function optionsOf(db: Executor, programIds: string[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: scheduleOptions.id,
      programId: scheduleOptions.programId,
      name: scheduleOptions.name,
      shift: scheduleOptions.shift,
      weekdays: scheduleOptions.weekdays,
      startTime: scheduleOptions.startTime,
      endTime: scheduleOptions.endTime,
    })
    .from(scheduleOptions)
    .where(inArray(scheduleOptions.programId, programIds))
    .orderBy(asc(scheduleOptions.startTime), asc(scheduleOptions.name));
}

function shapeProgram(program: ProgramRow, options: Awaited<ReturnType<typeof optionsOf>>) {
  const { minWeeklyMinutes, maxWeeklyMinutes, ...rest } = program;
  return {
    ...rest,
    weeklyMinutes: { min: minWeeklyMinutes, max: maxWeeklyMinutes },
    scheduleOptions: options
      .filter((option) => option.programId === program.id)
      .map(({ programId: _program, ...option }) => ({
        ...option,
        weekdays: option.weekdays as IsoWeekday[],
        startTime: wallClockOf(option.startTime),
        endTime: wallClockOf(option.endTime),
      })),
  };
}

export type ProgramWithOptions = ReturnType<typeof shapeProgram>;

/** Every program with its schedule options: two queries whatever the number of programs. */
export async function findProgramsWithOptions(db: Executor): Promise<ProgramWithOptions[]> {
  const rows = await selectPrograms(db);
  const options = await optionsOf(db, rows.map((row) => row.id));
  return rows.map((row) => shapeProgram(row, options));
}

export async function findProgramWithOptions(db: Executor, programId: string): Promise<ProgramWithOptions | null> {
  const [row] = await selectPrograms(db, programId);
  if (!row) return null;
  return shapeProgram(row, await optionsOf(db, [row.id]));
}

/** A program's settings as its table stores them: the weekly band in two columns. */
function programRowOf(input: ProgramSettings) {
  return {
    slug: input.slug,
    name: input.name,
    level: input.level,
    track: input.track,
    timeZone: input.timeZone,
    minWeeklyMinutes: input.weeklyMinutes.min,
    maxWeeklyMinutes: input.weeklyMinutes.max,
    expectedLengthWeeks: input.expectedLengthWeeks,
    sessionKinds: input.sessionKinds,
  };
}

/** Locks the program row so two edits of one program (or of its options) apply one after the other. */
export async function lockProgram(tx: Executor, programId: string) {
  const [program] = await tx.select().from(programs).where(eq(programs.id, programId)).for("update");
  return program ?? null;
}

/**
 * Enrollments of the program not yet discharged. Taken after lockProgram: an enrollment written
 * into this program takes a key-share lock on its row, so none can slip in before the commit.
 */
export async function openEnrollmentCount(tx: Executor, programId: string) {
  const [row] = await tx
    .select({ open: count() })
    .from(enrollments)
    .where(and(eq(enrollments.programId, programId), ne(enrollments.status, "discharged")));
  return row?.open ?? 0;
}

export async function optionsOfProgram(tx: Executor, programId: string) {
  const rows = await tx.select().from(scheduleOptions).where(eq(scheduleOptions.programId, programId));
  return rows.map((row) => ({
    ...row,
    weekdays: row.weekdays as IsoWeekday[],
    startTime: wallClockOf(row.startTime),
    endTime: wallClockOf(row.endTime),
  }));
}

/** Templates that still meet on or after `today` (open-ended or ending later). */
export async function runningTemplates(tx: Executor, where: { programId: string; scheduleOptionId?: string }, today: string): Promise<RunningTemplate[]> {
  const rows = await tx
    .select()
    .from(sessionTemplates)
    .where(
      and(
        eq(sessionTemplates.programId, where.programId),
        where.scheduleOptionId ? eq(sessionTemplates.scheduleOptionId, where.scheduleOptionId) : undefined,
        or(isNull(sessionTemplates.endsOn), gte(sessionTemplates.endsOn, today)),
      ),
    );
  return rows.map((row) => ({
    title: row.title,
    kind: row.kind,
    scheduleOptionId: row.scheduleOptionId,
    weekdays: row.weekdays as IsoWeekday[],
    startTime: wallClockOf(row.startTime),
    endTime: wallClockOf(row.endTime),
  }));
}

/**
 * A slug is the program's public address: two programs never share one. Runs the write that
 * saves the slug; the programs_slug_unique index is the one judge, so requests racing for a
 * slug get the same plain refusal, never a server error.
 */
export function withFreeSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  return withConstraintMessages(write, (constraint) =>
    constraint === "programs_slug_unique" ? `Another program already uses the slug "${slug}"; choose another.` : undefined,
  );
}

/** The program's session templates, by option and time. */
export function findTemplatesOfProgram(db: Executor, programId: string) {
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
export function findGroupSessionsOfWeek(db: Executor, programId: string, from: Date, to: Date) {
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

export async function insertProgram(db: Executor, settings: ProgramSettings): Promise<string> {
  const [program] = await db.insert(programs).values(programRowOf(settings)).returning({ id: programs.id });
  return program!.id;
}

export async function updateProgramRow(db: Executor, programId: string, settings: ProgramSettings & { active: boolean }) {
  await db.update(programs).set({ ...programRowOf(settings), active: settings.active }).where(eq(programs.id, programId));
}
