import type { Transaction } from "@stepwise/db/client";
import { programSessions } from "@stepwise/db/schema";
import { and, eq, gt, isNull } from "drizzle-orm";

type SessionChanges = Partial<typeof programSessions.$inferInsert>;

/**
 * Gives one future template session the template's new details, unless staff edited or
 * cancelled it meanwhile or it has begun. The guard sits in the UPDATE itself: Postgres re-checks
 * it after waiting for a concurrent one-off edit, so that edit is never overwritten. True when
 * the session followed.
 */
export async function followTemplate(tx: Transaction, sessionId: string, changes: SessionChanges, now: Date) {
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
