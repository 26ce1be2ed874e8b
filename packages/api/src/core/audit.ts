import type { AccountKind } from "@stepwise/domain";
import type { Executor } from "@stepwise/db/client";
import { type AuditEventRow, insertAuditEvents } from "./audit.queries";

/** Who a row says acted: a signed-in account, or nobody (a public link, a scheduled job). */
export type AuditActor = { userId: string; kind: AccountKind } | null;

/**
 * What a request notes for its one audit row. Notes add up: the clients of every note are named,
 * a later resource replaces an earlier one (the rung notes what it loaded, the procedure what it
 * made of it), details are merged, and a detail that is a list grows with each note (one entry per
 * seat given up, say).
 */
export interface AuditNote {
  /** Every client whose information the answer shows or the change touches. */
  clients?: Iterable<string | null | undefined>;
  /** What was read or changed. */
  resource?: { type: string; id?: string | null };
  detail?: Record<string, unknown>;
  /**
   * Who the request turned out to be, for a public procedure whose single-use link proves it
   * (setting a first password, accepting an invitation); signed-in callers are the actor already.
   */
  actor?: AuditActor;
}

/** How a procedure audits what it read or changed; the row's action is the procedure's path. */
export type Audit = (note: AuditNote) => void;

/**
 * The notes of one request (or one scheduled job), written as a single row: when it succeeds, in
 * its transaction, if it showed or touched a client or changed anything; when it is denied, after
 * it rolled back. A read that names no client (a program list, a day's session counts) leaves no row.
 */
export class AuditTrail {
  private readonly clients = new Set<string>();
  private resource: { type: string; id?: string | null } | undefined;
  private readonly detail: Record<string, unknown> = {};
  private actor: AuditActor;

  constructor(
    private readonly action: string,
    actor: AuditActor,
  ) {
    this.actor = actor;
  }

  readonly note: Audit = (note) => {
    for (const clientId of note.clients ?? []) if (clientId) this.clients.add(clientId);
    if (note.resource) this.resource = note.resource;
    if (note.actor !== undefined) this.actor = note.actor;
    for (const [key, value] of Object.entries(note.detail ?? {})) {
      const held = this.detail[key];
      this.detail[key] = Array.isArray(held) && Array.isArray(value) ? [...held, ...value] : value;
    }
  };

  /** Writes the allowed row of a request that changed something (`changed`) or noted a client. */
  async allowed(db: Pick<Executor, "insert">, changed: boolean) {
    if (changed || this.clients.size > 0) await insertAuditEvents(db, [this.row("allowed")]);
  }

  /**
   * Writes the denied row: whose information was reached for and what was asked for, as noted so
   * far, with what the refusal adds. The details of work the request did before it was refused are
   * left out: that work was rolled back, so they would describe changes that never happened.
   */
  async denied(db: Pick<Executor, "insert">, refusal: AuditNote) {
    const { detail, ...reachedFor } = refusal;
    this.note(reachedFor);
    await insertAuditEvents(db, [this.row("denied", detail ?? {})]);
  }

  private row(outcome: "allowed" | "denied", detail: Record<string, unknown> = this.detail): AuditEventRow {
    return {
      actorUserId: this.actor?.userId ?? null,
      actorKind: this.actor?.kind ?? null,
      action: this.action,
      outcome,
      subjectClientIds: [...this.clients],
      resourceType: this.resource?.type ?? null,
      resourceId: this.resource?.id ?? null,
      detail: Object.keys(detail).length > 0 ? detail : null,
    };
  }
}

/**
 * For what runs outside a procedure (a scheduled job, the calendar feed route): `work` notes on a
 * trail of its own, and its one row is written in the same transaction when it succeeds and
 * noted anything (a job that found nothing to do leaves no row).
 */
export async function withAuditTrail<T>(db: Pick<Executor, "insert">, action: string, actor: AuditActor, work: (audit: Audit) => Promise<T>): Promise<T> {
  const trail = new AuditTrail(action, actor);
  let changed = false;
  const result = await work((note) => {
    changed = true;
    trail.note(note);
  });
  await trail.allowed(db, changed);
  return result;
}
