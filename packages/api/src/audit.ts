import type { AccountKind } from "@stepwise/domain";
import type { Transaction } from "@stepwise/db/client";
import { auditEvents } from "@stepwise/db/schema";

export type AuditEntry = {
  action: string;
  outcome: "allowed" | "denied";
  subjectClientId?: string | null;
  resourceType?: string;
  resourceId?: string;
  detail?: Record<string, unknown>;
};

export type AuditActor = { userId: string; kind: AccountKind } | null;

type Writer = Pick<Transaction, "insert">;

/** Writes audit rows for one actor, in whatever transaction the caller passes. */
export async function recordAudit(writer: Writer, actor: AuditActor, entries: AuditEntry | AuditEntry[]) {
  const rows = (Array.isArray(entries) ? entries : [entries]).map((entry) => ({
    actorUserId: actor?.userId ?? null,
    actorKind: actor?.kind ?? null,
    action: entry.action,
    outcome: entry.outcome,
    subjectClientId: entry.subjectClientId ?? null,
    resourceType: entry.resourceType ?? null,
    resourceId: entry.resourceId ?? null,
    detail: entry.detail ?? null,
  }));
  if (rows.length > 0) await writer.insert(auditEvents).values(rows);
}
