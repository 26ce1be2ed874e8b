import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goalsSharedWithFamily } from "./family-plan-view";
import { type PlanContent, planContentSchema } from "./plan-content";

const staffId = "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f607";

function plan(goals: PlanContent["goals"], problemWords = "Drinking most nights since the divorce."): PlanContent {
  return planContentSchema.parse({
    problems: [{ key: "alcohol", clientWords: problemWords, clinicianWords: `Alcohol use disorder. ${problemWords}` }],
    goals,
    objectives: goals.map((goal) => ({
      key: `obj-${goal.key}`,
      goalKey: goal.key,
      description: "AUDIT-C below cut-off at review.",
      targetOn: "2026-05-01",
      measure: { kind: "score_below", instrument: "auditc", below: 3 },
    })),
    interventions: [{ key: "dbt", sessionKind: "skills_group", timesPerWeek: 2, responsibleStaffId: staffId }],
  });
}

describe("goalsSharedWithFamily", () => {
  const content = plan([
    { key: "sleep", clientWords: "Sleep through the night." },
    { key: "kids", clientWords: "Be there for my kids' games." },
    { key: "work", clientWords: "Keep my job." },
  ]);

  it("gives only the shared goals, in the plan's order, as the client wrote them", () => {
    expect(goalsSharedWithFamily(content, new Set(["work", "kids"]))).toEqual([
      { key: "kids", clientWords: "Be there for my kids' games." },
      { key: "work", clientWords: "Keep my job." },
    ]);
    expect(goalsSharedWithFamily(content, new Set())).toEqual([]);
    expect(goalsSharedWithFamily(content, new Set(["a-goal-from-an-old-version"]))).toEqual([]);
  });

  it("copies only the key and the words, even from a goal carrying more", () => {
    const withExtra = { goals: [{ key: "sleep", clientWords: "Sleep.", clinicianNote: "insomnia secondary to AUD" }] };
    const [goal] = goalsSharedWithFamily(withExtra, new Set(["sleep"]));
    expect(Object.keys(goal ?? {}).sort()).toEqual(["clientWords", "key"]);
  });

  it("never holds a problem's words, an objective's detail or who gives an intervention", () => {
    const words = fc.stringMatching(/^[A-Za-z ]{1,30}$/).map((w) => w.trim()).filter((w) => w.length > 0);
    fc.assert(
      fc.property(fc.uniqueArray(words, { minLength: 1, maxLength: 10 }), words, fc.array(fc.nat({ max: 9 })), (goalWords, problemWords, picks) => {
        const goals = goalWords.map((clientWords, i) => ({ key: `g${i}`, clientWords: `Goal: ${clientWords}` }));
        const content = plan(goals, `Problem: ${problemWords}`);
        const shared = new Set(picks.map((i) => `g${i}`));
        const view = JSON.stringify(goalsSharedWithFamily(content, shared));
        expect(view).not.toContain("Problem:");
        expect(view).not.toContain("Alcohol use disorder");
        expect(view).not.toContain("AUDIT-C");
        expect(view).not.toContain(staffId);
        expect(goalsSharedWithFamily(content, shared).map((goal) => goal.key)).toEqual(goals.map((g) => g.key).filter((key) => shared.has(key)));
      }),
    );
  });
});
