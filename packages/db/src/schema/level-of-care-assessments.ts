import { sql } from "drizzle-orm";
import type { LocRatings, LocReason } from "@stepwise/domain";
import { check, foreignKey, index, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { enrollments } from "./enrollments";
import { careLevel, locDecision, recommendedLevel } from "./enums";
import { clients, staffMembers } from "./people";

/**
 * A clinician's rating of the seven dimensions, with the recommendation the domain made from it
 * and the reasons, as they were when it was made (the scores and hours it read change later).
 * Decision support, never a decision: a clinician confirms or declines it. Never changed.
 */
export const levelOfCareAssessments = pgTable(
  "level_of_care_assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    enrollmentId: uuid("enrollment_id").notNull(),
    ratings: jsonb("ratings").$type<LocRatings>().notNull(),
    composite: smallint("composite").notNull(),
    currentLevel: careLevel("current_level").notNull(),
    recommended: recommendedLevel("recommended").notNull(),
    reasons: jsonb("reasons").$type<LocReason[]>().notNull(),
    note: text("note"),
    assessedByStaffId: uuid("assessed_by_staff_id")
      .notNull()
      .references(() => staffMembers.id),
    assessedAt: timestamp("assessed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "level_of_care_assessments_enrollment_of_client",
      columns: [t.enrollmentId, t.clientId],
      foreignColumns: [enrollments.id, enrollments.clientId],
    }),
    unique("level_of_care_assessments_id_client").on(t.id, t.clientId),
    // The latest assessment per enrollment, for the board (distinct on enrollment_id, newest first).
    index("level_of_care_assessments_enrollment_assessed").on(t.enrollmentId, t.assessedAt),
    // A client's history of assessments, on their record.
    index("level_of_care_assessments_client_assessed").on(t.clientId, t.assessedAt),
    check("level_of_care_assessments_composite_range", sql`${t.composite} between 7 and 35`),
    check("level_of_care_assessments_ratings_object", sql`jsonb_typeof(${t.ratings}) = 'object'`),
    check("level_of_care_assessments_reasons_array", sql`jsonb_typeof(${t.reasons}) = 'array'`),
  ],
);

/** A clinician's answer to a recommendation: confirm (then the level change) or decline, with why. Once per assessment. */
export const levelOfCareDecisions = pgTable(
  "level_of_care_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assessmentId: uuid("assessment_id").notNull(),
    clientId: uuid("client_id").notNull(),
    decision: locDecision("decision").notNull(),
    reason: text("reason").notNull(),
    decidedByStaffId: uuid("decided_by_staff_id")
      .notNull()
      .references(() => staffMembers.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "level_of_care_decisions_assessment_of_client",
      columns: [t.assessmentId, t.clientId],
      foreignColumns: [levelOfCareAssessments.id, levelOfCareAssessments.clientId],
    }),
    unique("level_of_care_decisions_once_per_assessment").on(t.assessmentId),
    check("level_of_care_decisions_reason_given", sql`btrim(${t.reason}) <> ''`),
  ],
);
