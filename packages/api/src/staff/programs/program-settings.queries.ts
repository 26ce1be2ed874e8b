import type { Executor } from "@stepwise/db/client";
import { enrollments, programs, scheduleOptions, sessionTemplates, staffMembers } from "@stepwise/db/schema";
import type { IsoWeekday, ProgramSettings, RunningTemplate } from "@stepwise/domain";
import { and, count, eq, gte, isNull, ne, or } from "drizzle-orm";
import { withConstraintMessages } from "../../core/constraint-conflicts";
import { fail } from "../../core/errors";
import { wallClockOf } from "./programs.queries";

/** Locks the program row so two edits of one program (or of its options) apply one after the other. */
/** A program's settings as its table stores them: the weekly band in two columns. */
export function programRowOf(input: ProgramSettings) {
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

/** A facilitator must be a staff member; an unknown id is refused in words, not by the foreign key. */
export async function ensureStaffMember(tx: Executor, staffId: string | null | undefined) {
  if (!staffId) return;
  const [member] = await tx.select({ id: staffMembers.id }).from(staffMembers).where(eq(staffMembers.id, staffId));
  if (!member) fail({ kind: "invalid", message: "Choose a facilitator from the list." });
}
