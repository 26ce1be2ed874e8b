import type { Executor } from "@stepwise/db/client";
import { staffMembers, users } from "@stepwise/db/schema";
import { facilitatorRoles } from "@stepwise/domain";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";

/** Staff who can lead a session (the domain's facilitatorRoles) with an account that still works, by name. */
export function findFacilitators(db: Executor) {
  return db
    .select({ id: staffMembers.id, name: users.displayName, credentials: staffMembers.credentials, role: staffMembers.role })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(inArray(staffMembers.role, [...facilitatorRoles]), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName));
}

/** A staff member as a facilitator or care-team member is judged: role, name, and whether their account still works. */
export async function findStaffMemberStanding(db: Executor, staffMemberId: string) {
  const [row] = await db
    .select({ staffMemberId: staffMembers.id, role: staffMembers.role, disabledAt: users.disabledAt, name: users.displayName })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(staffMembers.id, staffMemberId));
  if (!row) return null;
  const { disabledAt, ...member } = row;
  return { ...member, active: disabledAt === null };
}

/** The names staff go by, for the staff members given (a plan's responsible staff, say). */
export async function findStaffNames(db: Executor, staffMemberIds: readonly string[]): Promise<Map<string, string>> {
  if (staffMemberIds.length === 0) return new Map();
  const rows = await db
    .select({ id: staffMembers.id, name: users.displayName })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(inArray(staffMembers.id, [...staffMemberIds]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
