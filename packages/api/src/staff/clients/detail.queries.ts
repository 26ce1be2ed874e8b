import type { Executor } from "@stepwise/db/client";
import {
  clients,
  enrollmentStatusChanges,
  enrollments,
  levelOfCareChanges,
  passwordSetupTokens,
  programs,
  scheduleOptions,
  staffMembers,
  users,
} from "@stepwise/db/schema";
import { asc, eq, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { enrollmentStarted, enrollmentsLatestFirst, levelSince } from "../../queries/enrollment-chronology.queries";
import { statusChangeOrder } from "../../queries/status-change-order.queries";
import { scheduleOptionColumns } from "../../queries/schedule-option-columns.queries";

export async function findClient(db: Executor, clientId: string) {
  const [client] = await db
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      preferredName: clients.preferredName,
      dateOfBirth: clients.dateOfBirth,
      userId: clients.userId,
    })
    .from(clients)
    .where(eq(clients.id, clientId));
  return client ? { ...client, hasPortalAccount: client.userId !== null } : null;
}

/** The client's enrollments newest first, by when each happened (the domain's happenedAfter), not by planned start. */
export function findEnrollments(db: Executor, clientId: string) {
  return db
    .select({
      id: enrollments.id,
      status: enrollments.status,
      level: enrollments.level,
      startsOn: enrollments.startsOn,
      endsOn: enrollments.endsOn,
      intakeOn: enrollments.intakeOn,
      dischargeReason: enrollments.dischargeReason,
      dischargePlan: enrollments.dischargePlan,
      started: enrollmentStarted(),
      levelSince,
      program: { id: programs.id, name: programs.name, track: programs.track, timeZone: programs.timeZone },
      scheduleOption: { id: scheduleOptions.id, ...scheduleOptionColumns },
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .leftJoin(scheduleOptions, eq(scheduleOptions.id, enrollments.scheduleOptionId))
    .where(eq(enrollments.clientId, clientId))
    .orderBy(...enrollmentsLatestFirst());
}

const placedIn = alias(programs, "placed_in");

/** Every level-of-care change of the client's enrollments, oldest first, with who decided it and where it placed them. */
export function findLevelTimeline(db: Executor, clientId: string) {
  return db
    .select({
      programName: placedIn.name,
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
    .innerJoin(placedIn, eq(placedIn.id, levelOfCareChanges.programId))
    .where(eq(enrollments.clientId, clientId))
    .orderBy(asc(levelOfCareChanges.effectiveOn), asc(levelOfCareChanges.recordedAt));
}

/** Every status change of the client's enrollments, oldest first in statusChangeOrder (as the history reads them), with who recorded it. */
export function findStatusHistory(db: Executor, clientId: string) {
  return db
    .select({
      id: enrollmentStatusChanges.id,
      enrollmentId: enrollmentStatusChanges.enrollmentId,
      fromStatus: enrollmentStatusChanges.fromStatus,
      toStatus: enrollmentStatusChanges.toStatus,
      effectiveOn: enrollmentStatusChanges.effectiveOn,
      reason: enrollmentStatusChanges.reason,
      recordedBy: users.displayName,
    })
    .from(enrollmentStatusChanges)
    .innerJoin(enrollments, eq(enrollments.id, enrollmentStatusChanges.enrollmentId))
    .leftJoin(staffMembers, eq(staffMembers.id, enrollmentStatusChanges.recordedByStaffId))
    .leftJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(enrollments.clientId, clientId))
    .orderBy(statusChangeOrder("asc"));
}

/**
 * The client's portal account, if any, and whether its holder still has to set a password:
 * it was opened with a setup link here and no link has been used yet.
 */
export async function findPortalAccount(db: Executor, userId: string) {
  const [account] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!account) return null;
  const tokens = await db
    .select({ used: isNotNull(passwordSetupTokens.usedAt).mapWith(Boolean) })
    .from(passwordSetupTokens)
    .where(eq(passwordSetupTokens.userId, userId));
  return { email: account.email, awaitingPassword: tokens.length > 0 && !tokens.some((token) => token.used) };
}
