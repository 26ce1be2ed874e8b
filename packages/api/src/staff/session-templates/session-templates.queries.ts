import type { Executor } from "@stepwise/db/client";
import { attendance, programSessions, sessionTemplates } from "@stepwise/db/schema";
import type { CalendarDate } from "@stepwise/domain";
import { and, eq, gt, inArray, isNull, notExists, sql } from "drizzle-orm";
import { lockOptionWithProgram } from "../schedule-options/schedule-options.queries";

/** The template row locked, with its option and program. */
export async function lockTemplate(tx: Executor, templateId: string) {
  const [template] = await tx.select().from(sessionTemplates).where(eq(sessionTemplates.id, templateId)).for("update");
  if (!template) return null;
  const setting = await lockOptionWithProgram(tx, template.scheduleOptionId);
  return setting ? { template, ...setting } : null;
}

type SessionChanges = Partial<typeof programSessions.$inferInsert>;

/**
 * Gives one future template session the template's new details, unless staff edited or
 * cancelled it meanwhile or it has begun. The guard sits in the UPDATE itself: Postgres re-checks
 * it after waiting for a concurrent one-off edit, so that edit is never overwritten. True when
 * the session followed.
 */
export async function followTemplate(tx: Executor, sessionId: string, changes: SessionChanges, now: Date) {
  const updated = await tx
    .update(programSessions)
    .set(changes)
    .where(
      and(
        eq(programSessions.id, sessionId),
        isNull(programSessions.editedAt),
        isNull(programSessions.cancelledAt),
        gt(programSessions.startsAt, now),
      ),
    )
    .returning({ id: programSessions.id });
  return updated.length > 0;
}

/**
 * Takes future template sessions off the schedule. One that was never edited and has no
 * attendance was only ever a forecast of the template, so it is deleted: if the template later
 * meets that day again, generation dates it afresh (a cancelled row would keep the date taken).
 * An edited one, or one with attendance, is kept and cancelled with `reason`.
 */
export async function withdrawSessions(tx: Executor, sessionIds: readonly string[], reason: string, now: Date) {
  if (sessionIds.length === 0) return { removed: 0, cancelled: 0 };
  // Locked first: attendance being recorded meanwhile holds its session's row, so this waits for
  // it and the delete below then sees that attendance, rather than hitting its foreign key.
  await tx.select({ id: programSessions.id }).from(programSessions).where(inArray(programSessions.id, [...sessionIds])).for("update");
  const removed = await tx
    .delete(programSessions)
    .where(
      and(
        inArray(programSessions.id, [...sessionIds]),
        isNull(programSessions.editedAt),
        notExists(tx.select({ one: sql`1` }).from(attendance).where(eq(attendance.sessionId, programSessions.id))),
      ),
    )
    .returning({ id: programSessions.id });
  const gone = new Set(removed.map((row) => row.id));
  const kept = sessionIds.filter((id) => !gone.has(id));
  if (kept.length > 0) {
    await tx.update(programSessions).set({ cancelledAt: now, cancellationReason: reason }).where(inArray(programSessions.id, kept));
  }
  return { removed: removed.length, cancelled: kept.length };
}

type TemplateDetails = Pick<typeof sessionTemplates.$inferInsert, "kind" | "title" | "facilitatorStaffId" | "location" | "videoUrl" | "capacity">;

/** Stores a new template of the option; the row. */
export async function insertTemplate(
  tx: Executor,
  template: TemplateDetails & Pick<typeof sessionTemplates.$inferInsert, "programId" | "scheduleOptionId" | "weekdays" | "startTime" | "endTime" | "startsOn" | "endsOn">,
) {
  const [row] = await tx.insert(sessionTemplates).values(template).returning();
  return row!;
}

/** The template's new details and times; the row as it now is. */
export async function updateTemplateRow(
  tx: Executor,
  templateId: string,
  changes: TemplateDetails & Pick<typeof sessionTemplates.$inferInsert, "weekdays" | "startTime" | "endTime">,
) {
  const [row] = await tx.update(sessionTemplates).set(changes).where(eq(sessionTemplates.id, templateId)).returning();
  return row!;
}

export async function setTemplateEnd(tx: Executor, templateId: string, endsOn: CalendarDate) {
  await tx.update(sessionTemplates).set({ endsOn }).where(eq(sessionTemplates.id, templateId));
}

/**
 * The template's sessions still to come that staff never edited or cancelled one by one, locked
 * so a one-off edit waits for this change (or this read skips what it edited).
 */
export function lockUntouchedFutureSessions(tx: Executor, templateId: string, now: Date) {
  return tx
    .select({ id: programSessions.id, occursOn: programSessions.occursOn })
    .from(programSessions)
    .where(and(eq(programSessions.templateId, templateId), gt(programSessions.startsAt, now), isNull(programSessions.editedAt), isNull(programSessions.cancelledAt)))
    .for("update");
}

/** The template's sessions after `endsOn` still to come and not cancelled. */
export function findSessionsAfter(tx: Executor, templateId: string, endsOn: CalendarDate, now: Date) {
  return tx
    .select({ id: programSessions.id })
    .from(programSessions)
    .where(
      and(eq(programSessions.templateId, templateId), gt(programSessions.occursOn, endsOn), gt(programSessions.startsAt, now), isNull(programSessions.cancelledAt)),
    );
}
