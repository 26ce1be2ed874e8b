import type { Executor } from "@stepwise/db/client";
import { attendance, programSessions } from "@stepwise/db/schema";
import { and, eq, gte, isNull, lt } from "drizzle-orm";

/**
 * Every query here takes the client's own id from the caller's scope, never from input.
 * The plan is read in a fixed number of queries whatever the size of the program.
 */

/** What the client attended in [from, to), whichever program the session belonged to. */
export function findClientAttendance(db: Executor, clientId: string, from: Date, to: Date) {
  return db
    .select({
      startsAt: programSessions.startsAt,
      status: attendance.status,
      minutesAttended: attendance.minutesAttended,
    })
    .from(attendance)
    .innerJoin(programSessions, eq(programSessions.id, attendance.sessionId))
    .where(
      and(
        eq(attendance.clientId, clientId),
        gte(programSessions.startsAt, from),
        lt(programSessions.startsAt, to),
        isNull(programSessions.cancelledAt),
      ),
    );
}
