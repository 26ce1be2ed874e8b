import { describe, expect, it } from "vitest";
import { type ObjectiveMeasure, type PlanContent, describeObjectiveMeasure, planContentSchema } from "./plan-content";

const staffId = "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f607";

/** A plan as a clinician writes it: one of each part, every field valid. */
function samplePlan(): PlanContent {
  return {
    problems: [{ key: "low-mood", clientWords: "I can't get out of bed most days.", clinicianWords: "Major depressive episode, moderate." }],
    goals: [{ key: "back-to-work", clientWords: "I want to go back to work." }],
    objectives: [
      {
        key: "phq9-under-10",
        goalKey: "back-to-work",
        description: "Mood lifts enough to manage a work day.",
        targetOn: "2026-04-13",
        measure: { kind: "score_below", instrument: "phq9", below: 10 },
      },
    ],
    interventions: [{ key: "cbt-group", sessionKind: "skills_group", timesPerWeek: 3, responsibleStaffId: staffId }],
  };
}

function messagesOf(input: unknown): string[] {
  const result = planContentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("planContentSchema", () => {
  it("accepts a complete plan and trims its words", () => {
    const plan = samplePlan();
    const parsed = planContentSchema.parse({ ...plan, goals: [{ key: "back-to-work", clientWords: "  I want to go back to work.  " }] });
    expect(parsed.goals[0]?.clientWords).toBe("I want to go back to work.");
  });

  it("refuses a key used twice within a part, in plain words at that key", () => {
    const plan = samplePlan();
    const result = planContentSchema.safeParse({ ...plan, goals: [...plan.goals, { key: "back-to-work", clientWords: "Sleep better." }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["goals", 1, "key"], message: 'The key "back-to-work" is used twice; give each one its own.' }),
    ]);
  });

  it("lets the same key name a goal and an objective (keys are unique within a part)", () => {
    const plan = samplePlan();
    expect(messagesOf({ ...plan, objectives: [{ ...plan.objectives[0], key: "back-to-work" }] })).toEqual([]);
  });

  it("refuses an objective whose goal is not in the plan", () => {
    const plan = samplePlan();
    const result = planContentSchema.safeParse({ ...plan, objectives: [{ ...plan.objectives[0], goalKey: "sleep" }] });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["objectives", 0, "goalKey"], message: 'This objective belongs to a goal that isn\'t in the plan ("sleep").' }),
    ]);
  });

  it.each([
    ["an upper-case key", { goals: [{ key: "Back", clientWords: "x" }] }],
    ["a key of 41 characters", { goals: [{ key: "a".repeat(41), clientWords: "x" }] }],
    ["no problems", { problems: [] }],
    ["21 problems", { problems: Array.from({ length: 21 }, (_, i) => ({ key: `p${i}`, clientWords: "x", clinicianWords: "y" })) }],
    ["11 goals", { goals: Array.from({ length: 11 }, (_, i) => ({ key: `g${i}`, clientWords: "x" })) }],
    ["words of 501 characters", { goals: [{ key: "back-to-work", clientWords: "a".repeat(501) }] }],
    ["a control character in the words", { goals: [{ key: "back-to-work", clientWords: "I want\u0000 to" }] }],
    ["a bidirectional override in the words", { problems: [{ key: "low-mood", clientWords: "\u202Eevil", clinicianWords: "y" }] }],
    ["empty words", { goals: [{ key: "back-to-work", clientWords: "   " }] }],
    ["a session kind that doesn't exist", { interventions: [{ key: "x", sessionKind: "yoga", timesPerWeek: 1, responsibleStaffId: staffId }] }],
    ["15 times a week", { interventions: [{ key: "x", sessionKind: "individual", timesPerWeek: 15, responsibleStaffId: staffId }] }],
    ["0 times a week", { interventions: [{ key: "x", sessionKind: "individual", timesPerWeek: 0, responsibleStaffId: staffId }] }],
    ["a staff id that isn't a uuid", { interventions: [{ key: "x", sessionKind: "individual", timesPerWeek: 1, responsibleStaffId: "dr-lee" }] }],
  ])("refuses %s", (_name, change) => {
    expect(messagesOf({ ...samplePlan(), ...change }).length).toBeGreaterThan(0);
  });

  it.each<[string, unknown, boolean]>([
    ["a score target within the instrument's totals", { kind: "score_below", instrument: "gad7", below: 8 }, true],
    ["a score target above what the instrument can total", { kind: "score_below", instrument: "phq9", below: 28 }, false],
    ["a fractional score target", { kind: "score_below", instrument: "phq9", below: 9.5 }, false],
    ["an instrument the measures area doesn't score", { kind: "score_below", instrument: "bdi2", below: 10 }, false],
    ["half hours", { kind: "weekly_hours", atLeastHours: 9.5, weeksRunning: 4 }, true],
    ["quarter hours", { kind: "weekly_hours", atLeastHours: 9.25, weeksRunning: 4 }, false],
    ["13 weeks running", { kind: "weekly_hours", atLeastHours: 9, weeksRunning: 13 }, false],
    ["0 weeks running", { kind: "weekly_hours", atLeastHours: 9, weeksRunning: 0 }, false],
    ["a clinician's mark", { kind: "clinician_marked" }, true],
    ["an unknown kind", { kind: "feels_better" }, false],
  ])("measure: %s → accepted %s", (_name, measure, accepted) => {
    const plan = samplePlan();
    expect(planContentSchema.safeParse({ ...plan, objectives: [{ ...plan.objectives[0], measure }] }).success).toBe(accepted);
  });

  it("refuses a target date that is not a real date", () => {
    const plan = samplePlan();
    expect(messagesOf({ ...plan, objectives: [{ ...plan.objectives[0], targetOn: "2026-02-30" }] })).toContain("Enter a date as YYYY-MM-DD.");
  });
});

describe("describeObjectiveMeasure", () => {
  it.each<[ObjectiveMeasure, string]>([
    [{ kind: "score_below", instrument: "phq9", below: 10 }, "PHQ-9 under 10"],
    [{ kind: "score_below", instrument: "auditc", below: 3 }, "AUDIT-C under 3"],
    [{ kind: "weekly_hours", atLeastHours: 9, weeksRunning: 4 }, "At least 9 hours a week, 4 weeks running"],
    [{ kind: "weekly_hours", atLeastHours: 1, weeksRunning: 1 }, "At least 1 hour in a week"],
    [{ kind: "weekly_hours", atLeastHours: 20.5, weeksRunning: 2 }, "At least 20.5 hours a week, 2 weeks running"],
    [{ kind: "clinician_marked" }, "Marked by your clinician"],
  ])("%j reads %s", (measure, words) => {
    expect(describeObjectiveMeasure(measure)).toBe(words);
  });
});

describe("plan content refusals a clinician reads", () => {
  it("says what to do in plain words, beside each field the editor shows", () => {
    const plan = samplePlan() as unknown as { objectives: Record<string, unknown>[]; interventions: Record<string, unknown>[] };
    plan.objectives[0]!.goalKey = "";
    plan.interventions[0]!.sessionKind = "";
    plan.interventions[0]!.timesPerWeek = 20;
    expect(messagesOf(plan)).toEqual(expect.arrayContaining(["Choose the goal this objective serves.", "Choose the kind of session.", "Use 1 to 14 times a week."]));
  });
});
