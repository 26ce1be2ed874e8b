import { z } from "zod";
import { multiLineTextSchema } from "../common/text";
import { type InstrumentId, instrumentIds } from "../measures/instrument";
import { instruments } from "../measures/instruments";
import { sessionKinds } from "../programs/session-kind";
import { calendarDateSchema } from "../time/calendar-date";

/**
 * What one version of a treatment plan holds (DOMAIN.md §11): problems, goals in the client's own
 * words, measurable objectives with a target date, and interventions (kind, how often, who). A
 * signed version is never rewritten; a change is a new version with the same keys.
 */

/**
 * A short stable name for a problem, goal, objective or intervention. It stays the same across
 * versions, so what hangs on it (a goal shared with family, an objective's progress) follows it.
 */
const keyPattern = /^[a-z0-9-]{1,40}$/;
export const planKeySchema = z.string().regex(keyPattern, { message: "Use 1 to 40 lowercase letters, digits or dashes." });
/** An objective's goal, chosen from the plan's goals. */
const goalKeySchema = z.string({ error: "Choose the goal this objective serves." }).regex(keyPattern, { message: "Choose the goal this objective serves." });

/** Longest words a problem, goal or objective may have: a few sentences, read on a phone. */
export const maxPlanWords = 500;

const wordsSchema = z
  .string({ error: "Write a few words here." })
  .pipe(multiLineTextSchema.min(1, { message: "Write a few words here." }).max(maxPlanWords, { message: `Keep this under ${maxPlanWords} characters.` }));

/** A whole number from `min` to `max`, refused in the words of what it counts. */
const countSchema = (min: number, max: number, words: string) =>
  z.int({ error: "Enter a whole number." }).min(min, { error: `Use ${min} to ${max} ${words}.` }).max(max, { error: `Use ${min} to ${max} ${words}.` });

/** How an objective is known to be met; each kind is checked against evidence the product holds. */
export const objectiveMeasureSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("score_below"),
    instrument: z.enum(instrumentIds, { error: "Choose a check-in." }),
    below: z.int({ error: "Enter a whole number." }).min(1, { error: "Use 1 or more." }),
  }),
  z.object({
    kind: z.literal("weekly_hours"),
    atLeastHours: z
      .number({ error: "Enter a number of hours." })
      .positive({ error: "Use more than 0 hours." })
      .max(168, { error: "A week has 168 hours." })
      .multipleOf(0.5, { message: "Use whole or half hours." }),
    weeksRunning: countSchema(1, 12, "weeks"),
  }),
  z.object({ kind: z.literal("clinician_marked") }),
]);
export type ObjectiveMeasure = z.infer<typeof objectiveMeasureSchema>;

const objectiveSchema = z.object({
  key: planKeySchema,
  goalKey: goalKeySchema,
  description: wordsSchema,
  targetOn: calendarDateSchema,
  measure: objectiveMeasureSchema,
});
export type PlanObjective = z.infer<typeof objectiveSchema>;

/** The parts of a plan a key must be unique within. */
const keyedParts = ["problems", "goals", "objectives", "interventions"] as const;

export const planContentSchema = z
  .object({
    problems: z.array(z.object({ key: planKeySchema, clientWords: wordsSchema, clinicianWords: wordsSchema })).min(1).max(20),
    goals: z.array(z.object({ key: planKeySchema, clientWords: wordsSchema })).min(1).max(10),
    objectives: z.array(objectiveSchema).min(1).max(40),
    interventions: z
      .array(
        z.object({
          key: planKeySchema,
          sessionKind: z.enum(sessionKinds, { error: "Choose the kind of session." }),
          timesPerWeek: countSchema(1, 14, "times a week"),
          responsibleStaffId: z.uuid({ message: "Choose who is responsible." }),
        }),
      )
      .min(1)
      .max(20),
  })
  .superRefine((plan, issues) => {
    for (const part of keyedParts) {
      const seen = new Set<string>();
      plan[part].forEach((item, index) => {
        if (seen.has(item.key)) issues.addIssue({ code: "custom", path: [part, index, "key"], message: `The key "${item.key}" is used twice; give each one its own.` });
        seen.add(item.key);
      });
    }
    const goalKeys = new Set(plan.goals.map((goal) => goal.key));
    plan.objectives.forEach((objective, index) => {
      if (!goalKeys.has(objective.goalKey)) issues.addIssue({ code: "custom", path: ["objectives", index, "goalKey"], message: `This objective belongs to a goal that isn't in the plan ("${objective.goalKey}").` });
      const { measure } = objective;
      if (measure.kind === "score_below" && measure.below > instruments[measure.instrument].totalRange.max) {
        issues.addIssue({ code: "custom", path: ["objectives", index, "measure", "below"], message: `A ${instruments[measure.instrument].shortName} total is never above ${instruments[measure.instrument].totalRange.max}.` });
      }
    });
  });
export type PlanContent = z.infer<typeof planContentSchema>;

/** "PHQ-9 under 10": the instrument's own short name, as the client sees it on their check-ins. */
function instrumentName(id: InstrumentId): string {
  return instruments[id].shortName;
}

/** The measure in plain words, the same for client and staff, so both read one target. */
export function describeObjectiveMeasure(measure: ObjectiveMeasure): string {
  switch (measure.kind) {
    case "score_below":
      return `${instrumentName(measure.instrument)} under ${measure.below}`;
    case "weekly_hours": {
      const hours = `${measure.atLeastHours} ${measure.atLeastHours === 1 ? "hour" : "hours"}`;
      if (measure.weeksRunning === 1) return `At least ${hours} in a week`;
      return `At least ${hours} a week, ${measure.weeksRunning} weeks running`;
    }
    case "clinician_marked":
      return "Marked by your clinician";
  }
}
