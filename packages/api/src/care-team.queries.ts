import type { Executor } from "@stepwise/db/client";
import { careTeamMembers, staffMembers, users } from "@stepwise/db/schema";
import { asc, eq } from "drizzle-orm";

/** The people caring for a client in one enrollment, as the client and staff see them. */
export function findCareTeam(db: Executor, enrollmentId: string) {
  return db
    .select({
      name: users.displayName,
      credentials: staffMembers.credentials,
      responsibility: careTeamMembers.responsibility,
    })
    .from(careTeamMembers)
    .innerJoin(staffMembers, eq(staffMembers.id, careTeamMembers.staffMemberId))
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(eq(careTeamMembers.enrollmentId, enrollmentId))
    .orderBy(asc(careTeamMembers.responsibility));
}
