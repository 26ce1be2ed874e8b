import type { Executor } from "@stepwise/db/client";
import { staffMembers, users } from "@stepwise/db/schema";
import { asc, eq, ne } from "drizzle-orm";

/** Staff who can facilitate a session, by name: everyone but the front desk. */
export function findFacilitators(db: Executor) {
  return db
    .select({ id: staffMembers.id, name: users.displayName, credentials: staffMembers.credentials, role: staffMembers.role })
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(ne(staffMembers.role, "front_desk"))
    .orderBy(asc(users.displayName));
}

/** Whether a staff member by this id exists. */
export async function staffMemberExists(db: Executor, staffMemberId: string): Promise<boolean> {
  const [member] = await db.select({ id: staffMembers.id }).from(staffMembers).where(eq(staffMembers.id, staffMemberId));
  return member !== undefined;
}
