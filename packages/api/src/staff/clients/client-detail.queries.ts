import type { Executor } from "@stepwise/db/client";
import {
  clients,
  enrollments,
  levelOfCareChanges,
  programs,
  scheduleOptions,
  staffMembers,
  users,
} from "@stepwise/db/schema";
import { asc, desc, eq } from "drizzle-orm";
import { scheduleOptionColumns } from "../../schedule-option.columns";

export async function findClient(db: Executor, clientId: string) {
  const [client] = await db
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      preferredName: clients.preferredName,
      dateOfBirth: clients.dateOfBirth,
      hasPortalAccount: clients.userId,
    })
    .from(clients)
    .where(eq(clients.id, clientId));
  return client ? { ...client, hasPortalAccount: client.hasPortalAccount !== null } : null;
}

export function findEnrollments(db: Executor, clientId: string) {
  return db
    .select({
      id: enrollments.id,
      status: enrollments.status,
      level: enrollments.level,
      startsOn: enrollments.startsOn,
      endsOn: enrollments.endsOn,
      dischargeReason: enrollments.dischargeReason,
      program: { id: programs.id, name: programs.name, track: programs.track, timeZone: programs.timeZone },
      scheduleOption: { id: scheduleOptions.id, ...scheduleOptionColumns },
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .leftJoin(scheduleOptions, eq(scheduleOptions.id, enrollments.scheduleOptionId))
    .where(eq(enrollments.clientId, clientId))
    .orderBy(desc(enrollments.startsOn));
}

/** Every level-of-care change of the client's enrollments, oldest first, with who decided it. */
export function findLevelTimeline(db: Executor, clientId: string) {
  return db
    .select({
      id: levelOfCareChanges.id,
      enrollmentId: levelOfCareChanges.enrollmentId,
      fromLevel: levelOfCareChanges.fromLevel,
      toLevel: levelOfCareChanges.toLevel,
      effectiveOn: levelOfCareChanges.effectiveOn,
      reason: levelOfCareChanges.reason,
      decidedBy: users.displayName,
    })
    .from(levelOfCareChanges)
    .innerJoin(enrollments, eq(enrollments.id, levelOfCareChanges.enrollmentId))
    .innerJoin(staffMembers, eq(staffMembers.id, levelOfCareChanges.decidedByStaffId))
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(enrollments.clientId, clientId))
    .orderBy(asc(levelOfCareChanges.effectiveOn), asc(levelOfCareChanges.recordedAt));
}
