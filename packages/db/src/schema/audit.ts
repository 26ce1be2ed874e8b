import { sql } from "drizzle-orm";
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
