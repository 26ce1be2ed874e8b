import { sql } from "drizzle-orm";
import type { DischargePlan } from "@stepwise/domain";
import { check, date, index, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { careLevel, dischargeReason, enrollmentStatus } from "./enums";
import { clients, staffMembers } from "./people";
import { programs, scheduleOptions } from "./programs";

/**
 * A client's episode of care in one program (FHIR EpisodeOfCare). Two enrollments of one client
 * never overlap in time: an exclusion constraint over the client and the date range (see the
 * migrations `enrollments_no_overlap`), which leaves out a referral closed before it started.
 */
export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    scheduleOptionId: uuid("schedule_option_id").references(() => scheduleOptions.id),
    status: enrollmentStatus("status").notNull(),
    level: careLevel("level").notNull(),
    /** The first day in the program (planned until the client becomes active). */
    startsOn: date("starts_on").notNull(),
    /** The intake appointment, once scheduled. */
    intakeOn: date("intake_on"),
    /** Exclusive end: the day after the last day in the program. Null while open. */
    endsOn: date("ends_on"),
    dischargeReason: dischargeReason("discharge_reason"),
    /** Where care continues after discharge, validated by the domain's dischargePlanSchema. */
    dischargePlan: jsonb("discharge_plan").$type<DischargePlan>(),
    /**
     * The day a referral (or booked intake) that never started was closed. Such an enrollment
     * held no days of care, so its dates bind nothing: the overlap constraint skips it and the
     * client can be referred again at once. Written only by closing a referral; whether an
     * enrollment started stays read from the level-of-care history (see the API's
     * enrollmentStarted), and the two agree because only a never-started enrollment is closed.
     */
    referralClosedOn: date("referral_closed_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("enrollments_client").on(t.clientId),
    // Check-ins and safety alerts name (id, client_id) together, so they can't name another client's enrollment.
    unique("enrollments_id_client").on(t.id, t.clientId),
    // One open enrollment per client (the exclusion constraint also keeps periods apart).
    uniqueIndex("enrollments_one_open_per_client").on(t.clientId).where(sql`${t.status} <> 'discharged'`),
    index("enrollments_program_status").on(t.programId, t.status),
    check("enrollments_period_ordered", sql`${t.endsOn} is null or ${t.startsOn} < ${t.endsOn}`),
    check(
      "enrollments_discharge_consistent",
      sql`(${t.status} = 'discharged') = (${t.dischargeReason} is not null and ${t.endsOn} is not null)`,
    ),
    check("enrollments_referral_closed_when_discharged", sql`${t.referralClosedOn} is null or ${t.status} = 'discharged'`),
  ],
);

/** Every change of level of care, never overwritten. The first row is the admission level. */
export const levelOfCareChanges = pgTable(
  "level_of_care_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id),
    fromLevel: careLevel("from_level"),
    toLevel: careLevel("to_level").notNull(),
    /** Where the change placed the client: the program at the new level, and its schedule option. */
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    scheduleOptionId: uuid("schedule_option_id").references(() => scheduleOptions.id),
    effectiveOn: date("effective_on").notNull(),
    reason: text("reason").notNull(),
    decidedByStaffId: uuid("decided_by_staff_id")
      .notNull()
      .references(() => staffMembers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("level_of_care_changes_enrollment").on(t.enrollmentId, t.effectiveOn),
    check("level_of_care_changes_is_a_change", sql`${t.fromLevel} is distinct from ${t.toLevel}`),
  ],
);

/** Every change of enrollment status, never overwritten. */
export const enrollmentStatusChanges = pgTable(
  "enrollment_status_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id),
    fromStatus: enrollmentStatus("from_status"),
    toStatus: enrollmentStatus("to_status").notNull(),
    effectiveOn: date("effective_on").notNull(),
    reason: text("reason"),
    recordedByStaffId: uuid("recorded_by_staff_id").references(() => staffMembers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("enrollment_status_changes_enrollment").on(t.enrollmentId, t.effectiveOn)],
);

/**
 * A recertification of the plan of care at a level (42 CFR 424.24): the clinician confirms the
 * client still needs this level. The next one falls due from the latest (see @stepwise/domain).
 */
export const recertifications = pgTable(
  "recertifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id),
    level: careLevel("level").notNull(),
    certifiedOn: date("certified_on").notNull(),
    certifiedByStaffId: uuid("certified_by_staff_id")
      .notNull()
      .references(() => staffMembers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recertifications_enrollment").on(t.enrollmentId, t.certifiedOn)],
);

/** Who cares for a client during an enrollment (FHIR CareTeam). */
export const careTeamMembers = pgTable(
  "care_team_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id),
    staffMemberId: uuid("staff_member_id")
      .notNull()
      .references(() => staffMembers.id),
    /** Plain words shown to the client, e.g. "Primary therapist". */
    responsibility: text("responsibility").notNull(),
  },
  (t) => [index("care_team_members_enrollment").on(t.enrollmentId)],
);
