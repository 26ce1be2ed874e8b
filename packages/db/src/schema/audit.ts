import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountKind } from "./enums";

/**
 * Who read or changed whose information, allowed or denied: one row per request. Append-only: a
 * trigger in the migration rejects UPDATE, DELETE and TRUNCATE; another sets `id`, `at` and the
 * hash chain on insert, so neither the app nor anyone with its role can back-date or reorder.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorKind: accountKind("actor_kind"),
    /** The procedure, e.g. "plan.mine" or "clients.detail". */
    action: text("action").notNull(),
    outcome: text("outcome", { enum: ["allowed", "denied"] }).notNull(),
    /**
     * Every client whose information the request showed or changed (a board of 2,000 clients is
     * one row naming them all); empty when it concerned no client. "Who saw this client" is one
     * indexed query: `subject_client_ids @> array[<id>]`.
     */
    subjectClientIds: uuid("subject_client_ids").array().notNull().default(sql`'{}'::uuid[]`),
    resourceType: text("resource_type"),
    resourceId: text("resource_id"),
    detail: jsonb("detail"),
    /**
     * The chain that makes the trail tamper-evident: SHA-256 (hex) of the row before's hash and
     * this row's fields, set by the database on insert (with `id` and `at`), never by the app.
     * `pnpm audit:verify` recomputes it.
     */
    previousHash: text("previous_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_events_subject_client_ids").using("gin", t.subjectClientIds),
    index("audit_events_actor_at").on(t.actorUserId, t.at),
  ],
);

/**
 * The audit chain's last link, in one row. The insert trigger locks this row (`for update`) to
 * take its turn, so writers chain one at a time, and reads the previous hash here rather than from
 * audit_events: a transaction whose snapshot predates the last commit (repeatable read) would not
 * see the newest audit row and would fork the chain, but it cannot lock this row without being
 * refused (a serialization failure, retried by the caller). The app has no grant on it; only the
 * trigger (security definer) and the owner touch it. `pnpm audit:verify` checks the chain ends here.
 */
export const auditChainHead = pgTable(
  "audit_chain_head",
  {
    /** Always true: the primary key and the check keep the table to one row. */
    single: boolean("single").primaryKey().default(true),
    /** The newest audit row's id and hash; null before the first row. */
    lastId: bigint("last_id", { mode: "number" }),
    hash: text("hash"),
  },
  (t) => [check("audit_chain_head_single", sql`${t.single}`)],
);
