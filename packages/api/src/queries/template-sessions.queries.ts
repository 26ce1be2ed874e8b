import type { Executor } from "@stepwise/db/client";
import { programSessions, programs, sessionTemplates } from "@stepwise/db/schema";
import { eq, gte, isNull, or } from "drizzle-orm";
import { sessionsOfTemplate } from "@stepwise/db/session-generation";
import type { CalendarDate } from "@stepwise/domain";

/** How far ahead a template's sessions are dated when it is created or changed. */
export const generationHorizonDays = 8 * 7;

type TemplateRow = typeof sessionTemplates.$inferSelect;

/**
 * Dates the template's sessions from `from` through `to` (local dates in the program's zone).
 * Idempotent: a date that already has its session (edited, cancelled or not) is left alone.
 */
export async function generateTemplateSessions(tx: Executor, template: TemplateRow, timeZone: string, from: CalendarDate, to: CalendarDate) {
  const sessions = sessionsOfTemplate(template, timeZone, from, to);
  if (sessions.length === 0) return 0;
  const inserted = await tx
    .insert(programSessions)
    .values(sessions)
    .onConflictDoNothing({ target: [programSessions.templateId, programSessions.occursOn] })
    .returning({ id: programSessions.id });
  return inserted.length;
}

/**
 * Templates that may still meet on or after `earliestToday` (open-ended or ending later), with
 * their program's zone, locked in id order: the order the template procedures lock them in.
 */
export function lockRunningTemplates(tx: Executor, earliestToday: CalendarDate) {
  return tx
    .select({ template: sessionTemplates, timeZone: programs.timeZone })
    .from(sessionTemplates)
    .innerJoin(programs, eq(programs.id, sessionTemplates.programId))
    .where(or(isNull(sessionTemplates.endsOn), gte(sessionTemplates.endsOn, earliestToday)))
    .orderBy(sessionTemplates.id)
    .for("update", { of: sessionTemplates });
}
