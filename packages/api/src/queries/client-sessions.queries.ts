import type { Executor } from "@stepwise/db/client";
import { attendance, programSessions, staffMembers, users } from "@stepwise/db/schema";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";

/**
 * The client's own sessions in [from, to), one query whatever the size of the program: the groups
 * of each schedule option within its span (`groups`, from the domain's groupSessionSpans), their
 * individual sessions, and any session they have attendance for.
 * Each of the three is its own indexed read (option and start, client and start, attendance by
 * client), so the query reads the client's rows only, never the center's sessions in the range.
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
  const inRange = (from: Date, to: Date) => and(gte(programSessions.startsAt, from), lt(programSessions.startsAt, to));
  const ids = (where: ReturnType<typeof and>) => db.select({ id: programSessions.id }).from(programSessions).where(where);
  const groupReads = groups.flatMap((span) => {
    const from = span.from > range.from ? span.from : range.from;
    const to = span.until && span.until < range.to ? span.until : range.to;
    return from < to ? [ids(and(eq(programSessions.scheduleOptionId, span.scheduleOptionId), inRange(from, to)))] : [];
  });
  const mine = union(
    ids(and(eq(programSessions.clientId, clientId), inRange(range.from, range.to))),
    db.select({ id: attendance.sessionId }).from(attendance).where(eq(attendance.clientId, clientId)),
    ...groupReads,
  );
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
    .where(and(inRange(range.from, range.to), inArray(programSessions.id, mine)))
    .orderBy(asc(programSessions.startsAt), asc(programSessions.id));
}

export type ClientSessionRow = Awaited<ReturnType<typeof findClientSessions>>[number];
