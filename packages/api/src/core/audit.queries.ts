import type { Executor } from "@stepwise/db/client";
import { auditEvents } from "@stepwise/db/schema";

export type AuditEventRow = typeof auditEvents.$inferInsert;

/** Writes audit rows, in whatever transaction the caller passes. */
export async function insertAuditEvents(db: Pick<Executor, "insert">, rows: readonly AuditEventRow[]) {
  if (rows.length > 0) await db.insert(auditEvents).values([...rows]);
}
