import type { Executor } from "@stepwise/db/client";
import { attendance, programSessions, staffMembers, users } from "@stepwise/db/schema";
import { and, asc, eq, gte, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";

/**
 * The client's own sessions in [from, to), one query whatever the size of the program: the groups
 * of each schedule option within its span (`groups`, from the domain's groupSessionSpans), their
 * individual sessions, and any session they have attendance for.
 * The client id always comes from the caller's scope, never from input.
 */
export function findClientSessions(
  db: Executor,
  scope: {
    clientId: string;
    groups: readonly { scheduleOptionId: string; from: Date; until: Date | null }[];
  },
  range: { from: Date; to: Date },
) {
  const { clientId, groups } = scope;
  const mine: SQL[] = [eq(programSessions.clientId, clientId), isNotNull(attendance.id)];
  for (const span of groups) {
    const inSpan = and(
      eq(programSessions.scheduleOptionId, span.scheduleOptionId),
      gte(programSessions.startsAt, span.from),
      span.until ? lt(programSessions.startsAt, span.until) : undefined,
    );
    if (inSpan) mine.push(inSpan);
  }
  return db
    .select({
      id: programSessions.id,
      kind: programSessions.kind,
      title: programSessions.title,
      startsAt: programSessions.startsAt,
      endsAt: programSessions.endsAt,
      location: programSessions.location,
      videoUrl: programSessions.videoUrl,
      cancelled: sql<boolean>`${programSessions.cancelledAt} is not null`,
      facilitatorName: users.displayName,
      attendanceStatus: attendance.status,
      minutesAttended: attendance.minutesAttended,
    })
    .from(programSessions)
    .leftJoin(attendance, and(eq(attendance.sessionId, programSessions.id), eq(attendance.clientId, clientId)))
    .leftJoin(staffMembers, eq(staffMembers.id, programSessions.facilitatorStaffId))
    .leftJoin(users, eq(users.id, staffMembers.userId))
    .where(and(gte(programSessions.startsAt, range.from), lt(programSessions.startsAt, range.to), or(...mine)))
    .orderBy(asc(programSessions.startsAt), asc(programSessions.id));
}

export type ClientSessionRow = Awaited<ReturnType<typeof findClientSessions>>[number];
