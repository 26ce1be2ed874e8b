import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accountKind } from "./enums";

/**
 * Who read or changed whose information, allowed or denied. Append-only: a trigger in the
 * migration rejects UPDATE and DELETE.
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
    /** The client whose information was touched, when there is one. */
    subjectClientId: uuid("subject_client_id"),
    resourceType: text("resource_type"),
    resourceId: text("resource_id"),
    detail: jsonb("detail"),
  },
  (t) => [index("audit_events_subject_at").on(t.subjectClientId, t.at), index("audit_events_actor_at").on(t.actorUserId, t.at)],
);
