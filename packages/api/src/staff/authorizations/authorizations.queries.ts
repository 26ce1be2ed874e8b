import type { Executor } from "@stepwise/db/client";
import { payerAuthorizations, staffMembers, users } from "@stepwise/db/schema";
import { and, desc, eq } from "drizzle-orm";

/** A client's payer authorizations in one enrollment, latest period first, with who recorded each. */
export function findAuthorizations(db: Executor, clientId: string, enrollmentId: string) {
  return db
    .select({
      id: payerAuthorizations.id,
      payer: payerAuthorizations.payer,
      number: payerAuthorizations.number,
      unitsApproved: payerAuthorizations.unitsApproved,
      startsOn: payerAuthorizations.startsOn,
      endsOn: payerAuthorizations.endsOn,
      recordedAt: payerAuthorizations.recordedAt,
      recordedBy: users.displayName,
    })
    .from(payerAuthorizations)
    .innerJoin(staffMembers, eq(staffMembers.id, payerAuthorizations.recordedByStaffId))
    .innerJoin(users, eq(users.id, staffMembers.userId))
    .where(and(eq(payerAuthorizations.clientId, clientId), eq(payerAuthorizations.enrollmentId, enrollmentId)))
    .orderBy(desc(payerAuthorizations.startsOn), desc(payerAuthorizations.recordedAt));
}

export type AuthorizationRow = Awaited<ReturnType<typeof findAuthorizations>>[number];

export async function insertAuthorization(db: Executor, authorization: typeof payerAuthorizations.$inferInsert) {
  const [row] = await db.insert(payerAuthorizations).values(authorization).returning({ id: payerAuthorizations.id });
  return row!.id;
}
