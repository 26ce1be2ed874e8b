import type { Database } from "@stepwise/db/client";
import { clients, staffMembers, totpFactors, users } from "@stepwise/db/schema";
import { eq, sql } from "drizzle-orm";

/** Selected columns shared by sign-in and session resolution; shaped as `AccountRow`. */
export const accountColumns = {
  userId: users.id,
  email: users.email,
  kind: users.kind,
  displayName: users.displayName,
  disabledAt: users.disabledAt,
  sessionVersion: users.sessionVersion,
  staffMemberId: staffMembers.id,
  staffRole: staffMembers.role,
  clientId: clients.id,
  // An authenticator counts once its first code was entered; one still being set up does not.
  hasSecondFactor: sql<boolean>`${totpFactors.confirmedAt} is not null`,
};

/** users with their staff record, client record and authenticator (each may be missing), as one joined select. */
export function selectAccounts(db: Database) {
  return db
    .select({ ...accountColumns, passwordHash: users.passwordHash })
    .from(users)
    .leftJoin(staffMembers, eq(staffMembers.userId, users.id))
    .leftJoin(clients, eq(clients.userId, users.id))
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id));
}
