import { sql } from "drizzle-orm";
import type { LevelOfCarePolicy, MeasurePolicy } from "@stepwise/domain";
import { boolean, check, index, integer, jsonb, pgTable, smallint, text, time, uuid } from "drizzle-orm/pg-core";
import { careLevel, programTrack, scheduleShift, sessionKind } from "./enums";

/** A program at one level of care, with its own policy band (within the level's bounds). */
export const programs = pgTable(
  "programs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    level: careLevel("level").notNull(),
    track: programTrack("track").notNull(),
    timeZone: text("time_zone").notNull().default("America/New_York"),
    minWeeklyMinutes: integer("min_weekly_minutes").notNull(),
    maxWeeklyMinutes: integer("max_weekly_minutes").notNull(),
    expectedLengthWeeks: smallint("expected_length_weeks").notNull(),
    /** The kinds of session this program runs; its session templates choose from these. */
    sessionKinds: sessionKind("session_kinds").array().notNull(),
    active: boolean("active").notNull().default(true),
    /** Where its in-person sessions meet, one line each; null when at the center's own address. */
    addressLines: text("address_lines").array(),
    /** Where to park or how to get in, shown beside the address. */
    parkingDirections: text("parking_directions"),
    /**
     * Which check-ins the program asks and when (measurePolicySchema in @stepwise/domain); null
     * follows the default for its track (defaultMeasurePolicy).
     */
    measurePolicy: jsonb("measure_policy").$type<MeasurePolicy>(),
    /**
     * The program's documented level-of-care thresholds (levelOfCarePolicySchema in
     * @stepwise/domain); null follows the center's (defaultLevelOfCarePolicy).
     */
    levelOfCarePolicy: jsonb("level_of_care_policy").$type<LevelOfCarePolicy>(),
  },
  (t) => [
    check("programs_offers_sessions", sql`cardinality(${t.sessionKinds}) >= 1`),
    check("programs_band_ordered", sql`0 <= ${t.minWeeklyMinutes} and ${t.minWeeklyMinutes} <= ${t.maxWeeklyMinutes}`),
    check("programs_expected_length_positive", sql`${t.expectedLengthWeeks} > 0`),
    check("programs_address_lines", sql`${t.addressLines} is null or cardinality(${t.addressLines}) between 1 and 4`),
    check("programs_measure_policy_object", sql`${t.measurePolicy} is null or jsonb_typeof(${t.measurePolicy}) = 'object'`),
    check("programs_level_of_care_policy_object", sql`${t.levelOfCarePolicy} is null or jsonb_typeof(${t.levelOfCarePolicy}) = 'object'`),
  ],
);

/** A weekly pattern a client can follow in a program: which days, and the wall-clock times. */
export const scheduleOptions = pgTable(
  "schedule_options",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id),
    shift: scheduleShift("shift").notNull(),
    name: text("name").notNull(),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: smallint("weekdays").array().notNull(),
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
  },
  (t) => [
    index("schedule_options_program").on(t.programId),
    check("schedule_options_time_ordered", sql`${t.startTime} < ${t.endTime}`),
    check(
      "schedule_options_weekdays_valid",
      sql`cardinality(${t.weekdays}) between 1 and 7 and ${t.weekdays} <@ array[1,2,3,4,5,6,7]::smallint[]`,
    ),
  ],
);
