import type { Executor } from "@stepwise/db/client";
import { careTeamMembers, staffMembers, users } from "@stepwise/db/schema";
import { careTeamRoles } from "@stepwise/domain";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";

/** An enrollment's care team as staff manage it: each member's row id and staff id beside the words the client reads. */
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

/** A staff member as the care team rules judge them; null when there is no such staff member. */
export async function findCareTeamCandidate(db: Executor, staffMemberId: string) {
  const [row] = await db
    .select({ staffMemberId: staffMembers.id, role: staffMembers.role, disabledAt: users.disabledAt, name: users.displayName })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(staffMembers.id, staffMemberId));
  if (!row) return null;
  const { disabledAt, ...candidate } = row;
  return { ...candidate, active: disabledAt === null };
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
