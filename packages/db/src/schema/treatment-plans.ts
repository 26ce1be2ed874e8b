import { sql } from "drizzle-orm";
import type { PlanContent } from "@stepwise/domain";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { enrollments } from "./enrollments";
import { planSigner, planVersionReason } from "./enums";
import { clients, staffMembers, users } from "./people";

/**
 * One version of a client's treatment plan in an enrollment (FHIR CarePlan). A record of care:
 * never changed or removed (see the migration's trigger). A change is a new version that
 * supersedes the one before, so the history is a single line per enrollment: version n + 1
 * supersedes version n, and each version is superseded at most once. The current plan is the
 * version no other supersedes.
 */
export const treatmentPlanVersions = pgTable(
  "treatment_plan_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    enrollmentId: uuid("enrollment_id").notNull(),
    version: integer("version").notNull(),
    /** Why this version was written: the first plan, a change, or a scheduled review. */
    reason: planVersionReason("reason").notNull(),
    /** Problems, goals, objectives and interventions, as the domain's planContentSchema checks them. */
    content: jsonb("content").$type<PlanContent>().notNull(),
    /** What changed, in the clinician's words; required from the second version on. */
    changeSummary: text("change_summary"),
    writtenByStaffId: uuid("written_by_staff_id")
      .notNull()
      .references(() => staffMembers.id),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull().defaultNow(),
    supersedesId: uuid("supersedes_id"),
  },
  (t) => [
    foreignKey({
      name: "treatment_plan_versions_enrollment_of_client",
      columns: [t.enrollmentId, t.clientId],
      foreignColumns: [enrollments.id, enrollments.clientId],
    }),
    unique("treatment_plan_versions_id_client").on(t.id, t.clientId),
    unique("treatment_plan_versions_id_enrollment").on(t.id, t.enrollmentId),
    unique("treatment_plan_versions_number").on(t.enrollmentId, t.version),
    // One line of history: no version is superseded twice, and a version supersedes one of its own enrollment.
    unique("treatment_plan_versions_superseded_once").on(t.supersedesId),
    foreignKey({
      name: "treatment_plan_versions_supersedes_same_enrollment",
      columns: [t.supersedesId, t.enrollmentId],
      foreignColumns: [t.id, t.enrollmentId],
    }),
    index("treatment_plan_versions_client").on(t.clientId, t.writtenAt),
    check("treatment_plan_versions_content_object", sql`jsonb_typeof(${t.content}) = 'object'`),
    check("treatment_plan_versions_number_positive", sql`${t.version} > 0`),
    check(
      "treatment_plan_versions_first_stands_alone",
      sql`(${t.version} = 1) = (${t.supersedesId} is null) and (${t.version} = 1) = (${t.reason} = 'initial')`,
    ),
    check(
      "treatment_plan_versions_change_summarized",
      sql`${t.version} = 1 or (${t.changeSummary} is not null and btrim(${t.changeSummary}) <> '')`,
    ),
  ],
);

/**
 * A signature on one plan version, by the client (typed name, and whether they agree, with their
 * comment) or by the member of staff responsible. Never changed: a new version needs new
 * signatures, and each side signs a version once.
 */
export const treatmentPlanSignatures = pgTable(
  "treatment_plan_signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id").notNull(),
    clientId: uuid("client_id").notNull(),
    signer: planSigner("signer").notNull(),
    signedByUserId: uuid("signed_by_user_id")
      .notNull()
      .references(() => users.id),
    /** The client's name as they typed it; staff sign as their account. */
    signedName: text("signed_name"),
    /** Whether the client agrees with the plan; null for staff. */
    agrees: boolean("agrees"),
    comment: text("comment"),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "treatment_plan_signatures_version_of_client",
      columns: [t.versionId, t.clientId],
      foreignColumns: [treatmentPlanVersions.id, treatmentPlanVersions.clientId],
    }),
    unique("treatment_plan_signatures_once_per_side").on(t.versionId, t.signer),
    index("treatment_plan_signatures_client").on(t.clientId),
    check(
      "treatment_plan_signatures_client_signs_by_name",
      sql`(${t.signer} = 'client') = (${t.signedName} is not null and btrim(${t.signedName}) <> '' and ${t.agrees} is not null)`,
    ),
    check(
      "treatment_plan_signatures_disagreement_explained",
      sql`${t.agrees} is distinct from false or (${t.comment} is not null and btrim(${t.comment}) <> '')`,
    ),
  ],
);

/**
 * The goals a client chose to share with the family members whose consent includes the plan
 * summary. Keyed by the goal's key, which stays the same across versions, so a choice follows
 * the goal. A row means shared; the client turns sharing off by removing it.
 */
export const treatmentPlanSharedGoals = pgTable(
  "treatment_plan_shared_goals",
  {
    clientId: uuid("client_id").notNull(),
    enrollmentId: uuid("enrollment_id").notNull(),
    goalKey: text("goal_key").notNull(),
    sharedAt: timestamp("shared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "treatment_plan_shared_goals_pk", columns: [t.enrollmentId, t.goalKey] }),
    foreignKey({
      name: "treatment_plan_shared_goals_enrollment_of_client",
      columns: [t.enrollmentId, t.clientId],
      foreignColumns: [enrollments.id, enrollments.clientId],
    }),
    index("treatment_plan_shared_goals_client").on(t.clientId),
  ],
);

/**
 * A clinician's mark that a plain-language objective is met. Keyed by the objective's key, so it
 * holds across versions; a mark is a record of care and is never changed.
 */
export const treatmentPlanObjectiveMarks = pgTable(
  "treatment_plan_objective_marks",
  {
    clientId: uuid("client_id").notNull(),
    enrollmentId: uuid("enrollment_id").notNull(),
    objectiveKey: text("objective_key").notNull(),
    metOn: date("met_on").notNull(),
    markedByStaffId: uuid("marked_by_staff_id")
      .notNull()
      .references(() => staffMembers.id),
    markedAt: timestamp("marked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "treatment_plan_objective_marks_pk", columns: [t.enrollmentId, t.objectiveKey] }),
    foreignKey({
      name: "treatment_plan_objective_marks_enrollment_of_client",
      columns: [t.enrollmentId, t.clientId],
      foreignColumns: [enrollments.id, enrollments.clientId],
    }),
  ],
);
