import type { Executor } from "@stepwise/db/client";
import { careTeamMembers, staffMembers, users } from "@stepwise/db/schema";
import { careTeamRoles } from "@stepwise/domain";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";

/**
 * An enrollment's care team: each member's row id and staff id beside the words the client reads
 * (name, credentials, responsibility). One reading for the client's plan and the staff's client page.
 */
export function findCareTeamMembers(db: Executor, enrollmentId: string) {
  return db
    .select({
      id: careTeamMembers.id,
      staffMemberId: careTeamMembers.staffMemberId,
      name: users.displayName,
      credentials: staffMembers.credentials,
      role: staffMembers.role,
      responsibility: careTeamMembers.responsibility,
    })
    .from(careTeamMembers)
    .innerJoin(staffMembers, eq(staffMembers.id, careTeamMembers.staffMemberId))
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(careTeamMembers.enrollmentId, enrollmentId))
    .orderBy(asc(careTeamMembers.responsibility), asc(users.displayName));
}

/** One member of this enrollment's care team; null when the id names a member of another (or none). */
export async function findCareTeamMember(db: Executor, enrollmentId: string, careTeamMemberId: string) {
  const [member] = await db
    .select()
    .from(careTeamMembers)
    .where(and(eq(careTeamMembers.id, careTeamMemberId), eq(careTeamMembers.enrollmentId, enrollmentId)));
  return member ?? null;
}

/** Staff who may be put on a care team: clinical roles with an account that still works. */
export function findCareTeamOptions(db: Executor) {
  return db
    .select({ staffMemberId: staffMembers.id, name: users.displayName, credentials: staffMembers.credentials, role: staffMembers.role })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(inArray(staffMembers.role, [...careTeamRoles]), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName));
}

/** Puts a staff member on the care team; the new row's id. */
export async function insertCareTeamMember(db: Executor, member: { enrollmentId: string; staffMemberId: string; responsibility: string }) {
  const [row] = await db.insert(careTeamMembers).values(member).returning({ id: careTeamMembers.id });
  return row!.id;
}

export async function deleteCareTeamMember(db: Executor, careTeamMemberId: string) {
  await db.delete(careTeamMembers).where(eq(careTeamMembers.id, careTeamMemberId));
}
