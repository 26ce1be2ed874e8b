import type { Executor } from "@stepwise/db/client";
import { attendance, clients, programSessions, programs, scheduleOptions, sessionTemplates } from "@stepwise/db/schema";
import { count, eq } from "drizzle-orm";

/** One dated session with its program, option and template, the row locked when `forUpdate`. */
export async function findDatedSession(db: Executor, sessionId: string, forUpdate = false) {
  const query = db
    .select({
      session: programSessions,
      program: { id: programs.id, name: programs.name, timeZone: programs.timeZone },
      option: { id: scheduleOptions.id, name: scheduleOptions.name },
      template: { id: sessionTemplates.id, title: sessionTemplates.title },
      client: { firstName: clients.firstName, lastName: clients.lastName, preferredName: clients.preferredName },
    })
    .from(programSessions)
    .innerJoin(programs, eq(programs.id, programSessions.programId))
    .leftJoin(scheduleOptions, eq(scheduleOptions.id, programSessions.scheduleOptionId))
    .leftJoin(sessionTemplates, eq(sessionTemplates.id, programSessions.templateId))
    .leftJoin(clients, eq(clients.id, programSessions.clientId))
    .where(eq(programSessions.id, sessionId));
  const [row] = await (forUpdate ? query.for("update", { of: programSessions }) : query);
  return row ?? null;
}

/** How many attendance records the session has. */
export async function countAttendance(db: Executor, sessionId: string): Promise<number> {
  const [recorded] = await db.select({ records: count() }).from(attendance).where(eq(attendance.sessionId, sessionId));
  return recorded?.records ?? 0;
}

/** Changes one dated session on its own. */
export async function updateOneSession(db: Executor, sessionId: string, changes: Partial<typeof programSessions.$inferInsert>) {
  await db.update(programSessions).set(changes).where(eq(programSessions.id, sessionId));
}

export async function cancelOneSession(db: Executor, sessionId: string, cancellation: { at: Date; reason: string }) {
  await db.update(programSessions).set({ cancelledAt: cancellation.at, cancellationReason: cancellation.reason }).where(eq(programSessions.id, sessionId));
}
