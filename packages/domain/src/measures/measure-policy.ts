import { z } from "zod";
import type { ProgramTrack } from "../care-levels/track";
import { type InstrumentId, instrumentIds } from "./instrument";
import { instruments } from "./instruments";

/**
 * When a program asks one instrument: on the admission day, on the discharge day, and every so
 * many weeks counted from admission (null: not on a schedule).
 */
export interface MeasureScheduleEntry {
  instrument: InstrumentId;
  atIntake: boolean;
  atDischarge: boolean;
  everyWeeks: number | null;
}

/**
 * A program's policy for measurement-based care: which instruments it asks and when, how long a
 * check-in stays open, when the client is reminded, how soon staff must take up a safety alert,
 * and which bands open one beside the safety items (which always do).
 */
export interface MeasurePolicy {
  schedule: readonly MeasureScheduleEntry[];
  /** A check-in is open on its due day and the days after it, this many days in all. */
  expiresAfterDays: number;
  /** The client is reminded this many days after the due day, if still unanswered. */
  remindAfterDays: number;
  /** Staff acknowledge a safety alert within this many minutes of it opening. */
  acknowledgeWithinMinutes: number;
  /** Band keys, per instrument, whose total opens an alert; none unless the program says so. */
  urgentBands: Partial<Record<InstrumentId, readonly string[]>>;
}

/**
 * Sources: DOMAIN.md section 5. Cadence is program policy; weekly is common in IOP/PHP, and at
 * least intake and discharge. Expiry after 4 days and a reminder after 2 are Greenspace's
 * defaults as seen in the field. The hour to acknowledge is this product's own default (no
 * source sets one; the feedback systems reviewed track no acknowledgement at all).
 */
export const defaultExpiresAfterDays = 4;
export const defaultRemindAfterDays = 2;
export const defaultAcknowledgeWithinMinutes = 60;

const weekly = (instrument: InstrumentId): MeasureScheduleEntry => ({ instrument, atIntake: true, atDischarge: true, everyWeeks: 1 });

/**
 * The measures a program of this track asks unless it says otherwise: PHQ-9 and GAD-7 weekly on
 * every track, with PCL-5 fortnightly on the trauma track and AUDIT-C where alcohol is in focus.
 */
export function defaultMeasurePolicy(track: ProgramTrack): MeasurePolicy {
  const schedule: MeasureScheduleEntry[] = [weekly("phq9"), weekly("gad7")];
  // PCL-5 asks about the past month, so it is asked every other week, not weekly (this product's choice; no source sets it).
  if (track === "trauma") schedule.push({ instrument: "pcl5", atIntake: true, atDischarge: true, everyWeeks: 2 });
  // AUDIT-C asks about the past year, so a weekly answer could not change: intake and discharge only.
  if (track === "substance_use" || track === "co_occurring") {
    schedule.push({ instrument: "auditc", atIntake: true, atDischarge: true, everyWeeks: null });
  }
  return {
    schedule,
    expiresAfterDays: defaultExpiresAfterDays,
    remindAfterDays: defaultRemindAfterDays,
    acknowledgeWithinMinutes: defaultAcknowledgeWithinMinutes,
    urgentBands: {},
  };
}

/**
 * A policy a program may set: each instrument once, a schedule of whole weeks, a check-in open at
 * least a day with its reminder inside that window, an acknowledgement deadline after the alert
 * opens (the alerts table requires it) and within a day, and urgent bands the instrument has.
 */
export const measurePolicySchema = z
  .object({
    schedule: z
      .array(
        z.object({
          instrument: z.enum(instrumentIds, { message: "Choose one of the measures offered." }),
          atIntake: z.boolean(),
          atDischarge: z.boolean(),
          everyWeeks: z
            .number()
            .int("Enter a whole number of weeks.")
            .min(1, "Ask at most once a week.")
            .max(52, "Ask at least once a year.")
            .nullable(),
        }),
      )
      .refine((schedule) => new Set(schedule.map((entry) => entry.instrument)).size === schedule.length, {
        message: "List each measure once.",
      }),
    expiresAfterDays: z.number().int("Enter a whole number of days.").min(1, "Keep a check-in open at least a day.").max(28, "Keep a check-in open at most 28 days."),
    remindAfterDays: z.number().int("Enter a whole number of days.").min(0, "The reminder can't come before the check-in."),
    acknowledgeWithinMinutes: z
      .number()
      .int("Enter a whole number of minutes.")
      .min(1, "Allow at least a minute to acknowledge an alert.")
      .max(1440, "Ask for an acknowledgement within a day."),
    urgentBands: z.partialRecord(z.enum(instrumentIds), z.array(z.string())),
  })
  .superRefine((policy, context) => {
    if (policy.remindAfterDays >= policy.expiresAfterDays) {
      context.addIssue({ code: "custom", path: ["remindAfterDays"], message: "Send the reminder while the check-in is still open." });
    }
    for (const id of instrumentIds) {
      const known = new Set(instruments[id].bands.map((band) => band.key));
      for (const key of policy.urgentBands[id] ?? []) {
        if (!known.has(key)) {
          context.addIssue({ code: "custom", path: ["urgentBands", id], message: `${instruments[id].shortName} has no band called "${key}".` });
        }
      }
    }
  });

/** The policy a program runs: its own when it has set one, else the default for its track. */
export function measurePolicyOf(program: { track: ProgramTrack; measurePolicy: MeasurePolicy | null }): MeasurePolicy {
  return program.measurePolicy ?? defaultMeasurePolicy(program.track);
}
