import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, smallint, text, time, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { attendanceStatus, sessionKind } from "./enums";
import { clients, staffMembers } from "./people";
import { programs, scheduleOptions } from "./programs";

/**
 * A weekly recurring group of a schedule option (e.g. "Process group, Mon/Wed 18:00–19:30"). Its
 * dated sessions are generated in the program's time zone, one row per local date, so each can
 * be edited or cancelled without touching the others.
 */
export const sessionTemplates = pgTable(
  "session_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    scheduleOptionId: uuid("schedule_option_id")
      .notNull()
      .references(() => scheduleOptions.id),
    kind: sessionKind("kind").notNull(),
    title: text("title").notNull(),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: smallint("weekdays").array().notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
    facilitatorStaffId: uuid("facilitator_staff_id").references(() => staffMembers.id),
    location: text("location"),
    videoUrl: text("video_url"),
    capacity: integer("capacity"),
    /** First local date with a session, inclusive. */
    startsOn: date("starts_on").notNull(),
    /** Last local date with a session, inclusive; null while the group keeps running. */
    endsOn: date("ends_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("session_templates_option").on(t.scheduleOptionId),
    check("session_templates_time_ordered", sql`${t.startTime} < ${t.endTime}`),
    check(
      "session_templates_weekdays_valid",
      sql`cardinality(${t.weekdays}) between 1 and 7 and ${t.weekdays} <@ array[1,2,3,4,5,6,7]::smallint[]`,
    ),
    check("session_templates_has_place", sql`${t.location} is not null or ${t.videoUrl} is not null`),
    check("session_templates_period_ordered", sql`${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`),
    check("session_templates_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/**
 * One scheduled occurrence (FHIR Appointment/Encounter). Group sessions belong to a schedule
 * option; an individual session names its one client.
 */
export const programSessions = pgTable(
  "program_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    scheduleOptionId: uuid("schedule_option_id").references(() => scheduleOptions.id),
    clientId: uuid("client_id").references(() => clients.id),
    /** The recurring group this occurrence was generated from, if any. */
    templateId: uuid("template_id").references(() => sessionTemplates.id),
    /** The local date in the program's time zone (set for generated occurrences). */
    occursOn: date("occurs_on"),
    kind: sessionKind("kind").notNull(),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    facilitatorStaffId: uuid("facilitator_staff_id").references(() => staffMembers.id),
    location: text("location"),
    videoUrl: text("video_url"),
    capacity: integer("capacity"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancellationReason: text("cancellation_reason"),
    /** Set when staff changed this one occurrence after it was generated. */
    editedAt: timestamp("edited_at", { withTimezone: true }),
    /**
     * Set on a family session open for sign-ups: they close this many minutes before the start.
     * Such a session has a capacity, and a client (one family) or none (a multi-family group).
     */
    signUpCutoffMinutes: integer("sign_up_cutoff_minutes"),
  },
  (t) => [
    index("program_sessions_option_starts").on(t.scheduleOptionId, t.startsAt),
    index("program_sessions_client_starts").on(t.clientId, t.startsAt),
    index("program_sessions_program_starts").on(t.programId, t.startsAt),
    // Generating a template's sessions twice never creates a second occurrence of one date.
    unique("program_sessions_template_date").on(t.templateId, t.occursOn),
    check("program_sessions_generated_dated", sql`${t.templateId} is null or ${t.occursOn} is not null`),
    check("program_sessions_cancellation_explained", sql`${t.cancelledAt} is null or ${t.cancellationReason} is not null`),
    check("program_sessions_time_ordered", sql`${t.startsAt} < ${t.endsAt}`),
    check("program_sessions_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
    check(
      "program_sessions_sign_ups_are_family",
      sql`${t.signUpCutoffMinutes} is null or (${t.kind} = 'family' and ${t.capacity} is not null and ${t.signUpCutoffMinutes} >= 0 and ${t.scheduleOptionId} is null)`,
    ),
    check("program_sessions_group_or_individual", sql`${t.scheduleOptionId} is null or ${t.clientId} is null`),
  ],
);

/**
 * Whether a client came to a session, and for how many minutes: the current word, one row per
 * session and client. Every version, the first and each correction, is also copied to
 * `attendance_revisions` by a trigger, so a correction never erases what was recorded before.
 */
export const attendance = pgTable(
  "attendance",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => programSessions.id),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    status: attendanceStatus("status").notNull(),
    minutesAttended: integer("minutes_attended").notNull(),
    /** 1 when first recorded; each correction adds one. */
    revision: integer("revision").notNull().default(1),
    /** Why a correction was made (or any note on the first record). */
    note: text("note"),
    recordedByStaffId: uuid("recorded_by_staff_id").references(() => staffMembers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("attendance_session_client").on(t.sessionId, t.clientId),
    index("attendance_client").on(t.clientId),
    check("attendance_minutes_non_negative", sql`${t.minutesAttended} >= 0`),
    check(
      "attendance_minutes_match_status",
      sql`${t.status} not in ('absent', 'excused') or ${t.minutesAttended} = 0`,
    ),
  ],
);

/** Every version of every attendance record, oldest first; append-only (see the migration). */
export const attendanceRevisions = pgTable(
  "attendance_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    attendanceId: uuid("attendance_id")
      .notNull()
      .references(() => attendance.id),
    revision: integer("revision").notNull(),
    status: attendanceStatus("status").notNull(),
    minutesAttended: integer("minutes_attended").notNull(),
    note: text("note"),
    recordedByStaffId: uuid("recorded_by_staff_id").references(() => staffMembers.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [unique("attendance_revisions_attendance_revision").on(t.attendanceId, t.revision)],
);
