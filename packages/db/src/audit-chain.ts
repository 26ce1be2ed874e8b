import { sql } from "drizzle-orm";
import type { Database } from "./client";

/** A row's place in the audit chain: its id and the hash the database gave it. */
export interface ChainLink {
  id: number;
  hash: string;
}

export type ChainBreakKind =
  /** The row's fields no longer give its hash: it was changed after it was written. */
  | "altered"
  /** The row does not name the hash of the row before it: a row between them was removed, or one was put there afterwards. */
  | "unlinked"
  /** The row is dated before the row before it, which the database never does: it was put there afterwards (or the clock went back). */
  | "out_of_order"
  /** The chain stops before its recorded head: the newest rows were removed. */
  | "truncated"
  /** A link recorded earlier is no longer in the chain: the history up to it was rewritten. */
  | "rewritten";

export interface ChainBreak {
  /** The first row that does not check out; for "truncated", the last row there is. */
  id: number | null;
  kind: ChainBreakKind;
  /** What is wrong, in words for whoever runs the check. */
  explanation: string;
}

export interface ChainReport {
  /** Rows found in order before the first break (every row when the chain is intact). */
  checked: number;
  /** The last row that checked out: when intact, the head, to record elsewhere and pass back as `recorded`. */
  head: ChainLink | null;
  broken: ChainBreak | null;
}

export interface VerifyOptions {
  /** Rows read per statement. */
  batchSize?: number;
  /** A head recorded elsewhere earlier: its row must still carry that hash. */
  recorded?: ChainLink;
}

type Row = { id: string; at: string; previous_hash: string | null; hash: string | null; recomputed: string };

/**
 * Walks the audit trail in id order, a batch at a time (keyset paging: one pass, memory that does
 * not grow with the table), recomputing each row's hash with the database's own
 * `audit_event_hash` and checking that it names the hash of the row before it and is not dated
 * before it (the trigger takes the clock's time in turn), then that the chain ends where its head
 * row says. One repeatable-read snapshot: rows written meanwhile are
 * left for the next run. Needs the owner (the app role may not run the hash function or read
 * the head).
 */
export async function verifyAuditChain(db: Database, options: VerifyOptions = {}): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 1000;
  const recorded = options.recorded;
  return db.transaction(
    async (tx) => {
      let previous: (ChainLink & { at: string }) | null = null;
      let checked = 0;
      const link = () => (previous ? { id: previous.id, hash: previous.hash } : null);
      const stop = (broken: ChainBreak): ChainReport => ({ checked, head: link(), broken });
      for (;;) {
        const after: number = previous?.id ?? 0;
        const rows: Row[] = await tx.execute<Row>(sql`
          select e.id::text as id, to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
                 e.previous_hash, e.hash, audit_event_hash(e) as recomputed
          from audit_events e
          where e.id > ${after}
          order by e.id
          limit ${batchSize}`);
        for (const row of rows) {
          const id: number = Number(row.id);
          if (row.previous_hash !== (previous?.hash ?? null)) {
            return stop({
              id,
              kind: "unlinked",
              explanation: previous
                ? `row ${id} does not follow row ${previous.id}: a row between them was removed, or one of them was put there afterwards`
                : `row ${id}, the first, names a row before it that is not there: the rows before it were removed`,
            });
          }
          if (row.hash !== row.recomputed) {
            return stop({ id, kind: "altered", explanation: `row ${id} no longer matches its hash: it was changed after it was written` });
          }
          if (previous && row.at < previous.at) {
            return stop({
              id,
              kind: "out_of_order",
              explanation: `row ${id} is dated ${row.at}, before row ${previous.id} (${previous.at}): it was put there afterwards, or the server's clock went back`,
            });
          }
          if (recorded && id === recorded.id && row.hash !== recorded.hash) {
            return stop({ id, kind: "rewritten", explanation: `row ${id} no longer has the hash recorded for it: the history up to it was rewritten` });
          }
          previous = { id, hash: row.hash, at: row.at };
          checked++;
        }
        if (rows.length < batchSize) break;
      }
      if (recorded && (previous?.id ?? 0) < recorded.id) {
        return stop({ id: recorded.id, kind: "rewritten", explanation: `row ${recorded.id}, recorded earlier, is no longer there` });
      }
      const [head] = await tx.execute<{ last_id: string | null; hash: string | null }>(
        sql`select last_id::text as last_id, hash from audit_chain_head where single`,
      );
      const last = link();
      if (!head || Number(head.last_id ?? 0) !== (last?.id ?? 0) || head.hash !== (last?.hash ?? null)) {
        return stop({
          id: last?.id ?? null,
          kind: "truncated",
          explanation: head?.last_id
            ? `the chain ends at ${last ? `row ${last.id}` : "no row"} but its head says row ${head.last_id}: the newest rows were removed or the head was changed`
            : "the chain's head is missing or was reset",
        });
      }
      return { checked, head: last, broken: null };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
