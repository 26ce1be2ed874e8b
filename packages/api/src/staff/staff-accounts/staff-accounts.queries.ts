import type { Executor } from "@stepwise/db/client";
import { staffMembers, totpFactors, users } from "@stepwise/db/schema";
import { asc, eq } from "drizzle-orm";

const staffAccountColumns = {
  staffMemberId: staffMembers.id,
  userId: users.id,
  kind: users.kind,
  name: users.displayName,
  email: users.email,
  role: staffMembers.role,
  disabledAt: users.disabledAt,
  secondFactorSetUpAt: totpFactors.confirmedAt,
};

function selectStaffAccounts(db: Executor) {
  return db
    .select(staffAccountColumns)
    .from(staffMembers)
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .leftJoin(totpFactors, eq(totpFactors.userId, users.id));
}

/** Every staff account by name, with whether its second factor is set up. */
export function findStaffAccounts(db: Executor) {
  return selectStaffAccounts(db).orderBy(asc(users.displayName), asc(users.email));
}

/** One staff account by its staff record; null when there is none. */
export async function findStaffAccount(db: Executor, staffMemberId: string) {
  const [account] = await selectStaffAccounts(db).where(eq(staffMembers.id, staffMemberId));
  return account ?? null;
}
