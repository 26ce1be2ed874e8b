import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { enrollments } from "./enrollments";
import { alertAction, alertEventKind, alertReason, checkInOccasion, measureInstrument } from "./enums";
import { clients, users } from "./people";

/** Item id → the score chosen for it, as the instrument's data in @stepwise/domain names them. */
export type MeasureAnswers = Record<string, number>;

/**
 * One completed check-in: a standardized instrument answered for one due date (FHIR
 * QuestionnaireResponse with its scored Observation). Evidence of care, so never changed or
 * removed (see the migration's trigger): a correction is a new response that supersedes the old
 * one, with the reason, and each response is superseded at most once. The current responses are
 * those no other row supersedes; the latest of a client's instrument is the current one with the
 * latest `due_on` (then `submitted_at`), so a late correction of the intake never reads as the
 * newest check-in.
 */
export const measureResponses = pgTable(
  "measure_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    enrollmentId: uuid("enrollment_id").notNull(),
    instrument: measureInstrument("instrument").notNull(),
    /** The version of the instrument's data (items, bands) the answers were scored with. */
    instrumentVersion: text("instrument_version").notNull(),
    occasion: checkInOccasion("occasion").notNull(),
    /** The check-in this answers: its due date in the program's calendar. */
    dueOn: date("due_on").notNull(),
    answers: jsonb("answers").$type<MeasureAnswers>().notNull(),
    total: smallint("total").notNull(),
    /** The severity band the total fell in, as the instrument's data names it. */
    bandKey: text("band_key").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    /** The member of staff who entered a paper response for the client; null when the client answered in the portal. */
    enteredByUserId: uuid("entered_by_user_id").references(() => users.id),
    /** The response this one corrects. */
    supersedesId: uuid("supersedes_id"),
    correctionReason: text("correction_reason"),
  },
  (t) => [
    foreignKey({
      name: "measure_responses_enrollment_of_client",
      columns: [t.enrollmentId, t.clientId],
      foreignColumns: [enrollments.id, enrollments.clientId],
    }),
    // Safety alerts and corrections name (id, client_id, enrollment_id) together: a correction
    // stays in the corrected response's enrollment, and an alert in its response's.
    unique("measure_responses_id_client_enrollment").on(t.id, t.clientId, t.enrollmentId),
    foreignKey({
      name: "measure_responses_supersedes_same_enrollment",
      columns: [t.supersedesId, t.clientId, t.enrollmentId],
      foreignColumns: [t.id, t.clientId, t.enrollmentId],
    }),
    // At most one correction of each response; also what "is this response superseded?" reads.
    unique("measure_responses_superseded_once").on(t.supersedesId),
    // A client's history of one instrument over time.
    index("measure_responses_client_instrument_submitted").on(t.clientId, t.instrument, t.submittedAt),
    // The latest current response per client and instrument, for a board of many clients:
    // `distinct on (client_id, instrument) … where client_id = any(…) and not exists (a row
    // superseding it) order by client_id, instrument, due_on desc, submitted_at desc` walks this
    // index backwards and answers the `not exists` from measure_responses_superseded_once.
    index("measure_responses_client_instrument_due").on(t.clientId, t.instrument, t.dueOn, t.submittedAt),
    index("measure_responses_enrollment").on(t.enrollmentId, t.dueOn),
    check("measure_responses_answers_object", sql`jsonb_typeof(${t.answers}) = 'object'`),
    check("measure_responses_total_non_negative", sql`${t.total} >= 0`),
    check("measure_responses_correction_has_reason", sql`(${t.supersedesId} is null) = (${t.correctionReason} is null)`),
    check("measure_responses_correction_reason_given", sql`${t.correctionReason} is null or btrim(${t.correctionReason}) <> ''`),
    check("measure_responses_not_self_superseding", sql`${t.supersedesId} <> ${t.id}`),
  ],
);

/**
 * A check-in the client left part-way, to pick up where they stopped. Working state, not a record
 * of care: updated as they answer and deleted when the response is submitted.
 */
export const measureCheckInDrafts = pgTable(
  "measure_check_in_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    enrollmentId: uuid("enrollment_id").notNull(),
    instrument: measureInstrument("instrument").notNull(),
    occasion: checkInOccasion("occasion").notNull(),
    dueOn: date("due_on").notNull(),
    /** The items answered so far. */
    answers: jsonb("answers").$type<MeasureAnswers>().notNull().default({}),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "measure_check_in_drafts_enrollment_of_client",
      columns: [t.enrollmentId, t.clientId],
      foreignColumns: [enrollments.id, enrollments.clientId],
    }),
    unique("measure_check_in_drafts_one_per_check_in").on(t.clientId, t.enrollmentId, t.instrument, t.occasion, t.dueOn),
    index("measure_check_in_drafts_enrollment").on(t.enrollmentId),
    check("measure_check_in_drafts_answers_object", sql`jsonb_typeof(${t.answers}) = 'object'`),
  ],
);

/**
 * A response that needs staff at once: a safety item answered above 0, or a band the program
 * marks urgent. Never changed or removed (see the migration's trigger): what happened to it (who
 * was told, who acknowledged, what they did, when it was resolved) lives in its events. Open
 * means it has no 'resolved' event.
 */
export const safetyAlerts = pgTable(
  "safety_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clientId: uuid("client_id")
      .notNull()
      .references(() => clients.id),
    enrollmentId: uuid("enrollment_id").notNull(),
    responseId: uuid("response_id").notNull(),
    reason: alertReason("reason").notNull(),
    /** What fired it: the item id for a safety item, the band key for an urgent band. */
    detail: text("detail"),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    /** The deadline for acknowledgement; past it, unacknowledged, the alert is escalated. */
    acknowledgeBy: timestamp("acknowledge_by", { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      name: "safety_alerts_response_of_client",
      columns: [t.responseId, t.clientId, t.enrollmentId],
      foreignColumns: [measureResponses.id, measureResponses.clientId, measureResponses.enrollmentId],
    }),
    // NULLS NOT DISTINCT: a response opens one alert per reason and detail, a null detail included.
    unique("safety_alerts_once_per_response").on(t.responseId, t.reason, t.detail).nullsNotDistinct(),
    // "Open alerts for these clients": the clients' alerts from here, then the anti-join on
    // 'resolved' from safety_alert_events_once_per_alert.
    index("safety_alerts_client_opened").on(t.clientId, t.openedAt),
    // The escalation job's scan of deadlines gone by.
    index("safety_alerts_acknowledge_by").on(t.acknowledgeBy),
    check("safety_alerts_deadline_after_opening", sql`${t.acknowledgeBy} > ${t.openedAt}`),
  ],
);

/**
 * Each step in an alert's life, in order, never changed or removed (see the migration's trigger).
 * `id` gives the order of steps recorded within one transaction, which share `at`. An alert opens,
 * escalates and resolves at most once: a second such event (two escalation runs at once) conflicts
 * on safety_alert_events_once_per_alert, so the job is idempotent.
 */
export const safetyAlertEvents = pgTable(
  "safety_alert_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    alertId: uuid("alert_id")
      .notNull()
      .references(() => safetyAlerts.id),
    kind: alertEventKind("kind").notNull(),
    /** What staff did; recorded with every acknowledgement and follow-up. */
    action: alertAction("action"),
    note: text("note"),
    /** Who recorded it; null for the system's own steps ('opened', 'notified', 'escalated'). */
    byUserId: uuid("by_user_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("safety_alert_events_once_per_alert")
      .on(t.alertId, t.kind)
      .where(sql`${t.kind} in ('opened', 'escalated', 'resolved')`),
    index("safety_alert_events_alert_at").on(t.alertId, t.at),
    check(
      "safety_alert_events_action_recorded",
      sql`${t.kind} not in ('acknowledged', 'follow_up') or ${t.action} is not null`,
    ),
    check("safety_alert_events_resolved_has_note", sql`${t.kind} <> 'resolved' or (${t.note} is not null and btrim(${t.note}) <> '')`),
    check(
      "safety_alert_events_staff_step_has_person",
      sql`${t.kind} not in ('acknowledged', 'follow_up') or ${t.byUserId} is not null`,
    ),
  ],
);
