import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { attendanceStatus, sessionKind } from "./enums";
import { clients, staffMembers } from "./people";
import { programs, scheduleOptions } from "./programs";

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
    kind: sessionKind("kind").notNull(),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    facilitatorStaffId: uuid("facilitator_staff_id").references(() => staffMembers.id),
    location: text("location"),
    videoUrl: text("video_url"),
    capacity: integer("capacity"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    index("program_sessions_option_starts").on(t.scheduleOptionId, t.startsAt),
    index("program_sessions_client_starts").on(t.clientId, t.startsAt),
    index("program_sessions_program_starts").on(t.programId, t.startsAt),
    check("program_sessions_time_ordered", sql`${t.startsAt} < ${t.endsAt}`),
    check("program_sessions_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
    check("program_sessions_group_or_individual", sql`${t.scheduleOptionId} is null or ${t.clientId} is null`),
  ],
);

/** Whether a client came to a session, and for how many minutes. One row per session and client. */
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
