import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { enrollments } from "./enrollments";
import { clients, staffMembers } from "./people";

/**
 * A payer's authorization of care in one enrollment: who, its number, how many units (a unit per
 * attended day for IOP and PHP) and the period. Never changed: a renewal is a new row, and a
 * mistake is recorded again with the right figures (the latest recorded for a period wins).
 */
export const payerAuthorizations = pgTable(
  "payer_authorizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    enrollmentId: uuid("enrollment_id").notNull(),
    payer: text("payer").notNull(),
    number: text("number").notNull(),
    unitsApproved: smallint("units_approved").notNull(),
    startsOn: date("starts_on").notNull(),
    /** Inclusive: the last day the authorization covers. */
    endsOn: date("ends_on").notNull(),
    recordedByStaffId: uuid("recorded_by_staff_id")
      .notNull()
      .references(() => staffMembers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "payer_authorizations_enrollment_of_client",
      columns: [t.enrollmentId, t.clientId],
      foreignColumns: [enrollments.id, enrollments.clientId],
    }),
    // An enrollment's authorizations, and the board's current ones for many enrollments.
    index("payer_authorizations_enrollment_starts").on(t.enrollmentId, t.startsOn),
    check("payer_authorizations_period_ordered", sql`${t.startsOn} <= ${t.endsOn}`),
    check("payer_authorizations_units_positive", sql`${t.unitsApproved} > 0`),
  ],
);
