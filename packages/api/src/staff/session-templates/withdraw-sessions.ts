import type { Transaction } from "@stepwise/db/client";
import { attendance, programSessions } from "@stepwise/db/schema";
import { and, eq, inArray, isNull, notExists, sql } from "drizzle-orm";

/**
 * Takes future template sessions off the schedule. One that was never edited and has no
 * attendance was only ever a forecast of the template, so it is deleted: if the template later
 * meets that day again, generation dates it afresh (a cancelled row would keep the date taken).
 * An edited one, or one with attendance, is kept and cancelled with `reason`.
 */
export async function withdrawSessions(tx: Transaction, sessionIds: readonly string[], reason: string, now: Date) {
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
