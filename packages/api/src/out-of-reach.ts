import type { Database, Transaction } from "@stepwise/db/client";
import { type AuditActor, recordAudit } from "./audit";
import { notFound } from "./errors";

const marker = Symbol("out of reach");

/** What a transaction answers when the record is missing or beyond the caller's reach. */
export type OutOfReach = { readonly [marker]: true; subjectClientId: string | null };

/** The record is missing, or the caller may not see it; `subjectClientId` names whose it was, for the audit only. */
export const outOfReach = (subjectClientId: string | null = null): OutOfReach => ({ [marker]: true, subjectClientId });

const isOutOfReach = (value: unknown): value is OutOfReach => typeof value === "object" && value !== null && marker in value;

/**
 * Runs `work` in one transaction. When it answers `outOfReach()`, the attempt is audited as denied
 * (outside the rolled-back transaction, so the row stays) and the caller gets NOT_FOUND, the same
 * answer whether the record is missing or out of reach.
 */
export async function inTransactionOrNotFound<T>(
  ctx: { db: Database; caller: AuditActor },
  attempt: { action: string; resourceType: string; resourceId: string },
  work: (tx: Transaction) => Promise<T | OutOfReach>,
): Promise<T> {
  const result = await ctx.db.transaction(work);
  if (!isOutOfReach(result)) return result;
  await recordAudit(ctx.db, ctx.caller, { ...attempt, outcome: "denied", subjectClientId: result.subjectClientId });
  return notFound();
}
