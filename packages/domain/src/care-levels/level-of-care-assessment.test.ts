import { describe, expect, it } from "vitest";
import { unusualCharactersMessage } from "../common/text";
import {
  type LocRatings,
  locAssessmentInputSchema,
  locComposite,
  locDecisionInputSchema,
  locDimensionHints,
  locDimensionLabels,
  locDimensions,
  locRatingsSchema,
} from "./level-of-care-assessment";

const allThree: LocRatings = {
  risk_of_harm: 3,
  functional_status: 3,
  co_morbidity: 3,
  recovery_environment_stress: 3,
  recovery_environment_support: 3,
  treatment_history: 3,
  engagement: 3,
};

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

describe("locDimensions", () => {
  it("has a label and a hint for each of the seven dimensions, and nothing else", () => {
    expect(locDimensions).toHaveLength(7);
    expect(Object.keys(locDimensionLabels).sort()).toEqual([...locDimensions].sort());
    expect(Object.keys(locDimensionHints).sort()).toEqual([...locDimensions].sort());
    for (const dimension of locDimensions) expect(locDimensionHints[dimension]).toMatch(/^1: .+; 5: .+\.$/);
  });
});

describe("locRatingsSchema", () => {
  it("accepts seven whole ratings from 1 to 5", () => {
    expect(locRatingsSchema.parse(allThree)).toEqual(allThree);
  });

  it.each([
    ["risk_of_harm", 6, "Rate risk of harm from 1 to 5."],
    ["risk_of_harm", 0, "Rate risk of harm from 1 to 5."],
    ["functional_status", 2.5, "Rate functional status from 1 to 5."],
    ["co_morbidity", "3", "Rate co-morbidity from 1 to 5."],
    ["recovery_environment_stress", undefined, "Rate stress in the recovery environment from 1 to 5."],
    ["recovery_environment_support", null, "Rate support in the recovery environment from 1 to 5."],
    ["engagement", Number.NaN, "Rate engagement from 1 to 5."],
  ] as const)("refuses %s = %s, naming the dimension in words", (dimension, value, message) => {
    const result = locRatingsSchema.safeParse({ ...allThree, [dimension]: value });
    expect(messagesOf(result)).toEqual([{ path: dimension, message }]);
  });

  it("names every wrong rating at once, so a form can show them together", () => {
    const result = locRatingsSchema.safeParse({ ...allThree, risk_of_harm: 9, treatment_history: -1 });
    expect(messagesOf(result)).toEqual([
      { path: "risk_of_harm", message: "Rate risk of harm from 1 to 5." },
      { path: "treatment_history", message: "Rate treatment history from 1 to 5." },
    ]);
  });
});

describe("locComposite", () => {
  it("sums the seven ratings, from 7 to 35", () => {
    const ones = Object.fromEntries(locDimensions.map((d) => [d, 1])) as LocRatings;
    const fives = Object.fromEntries(locDimensions.map((d) => [d, 5])) as LocRatings;
    expect(locComposite(ones)).toBe(7);
    expect(locComposite(fives)).toBe(35);
    expect(locComposite({ ...allThree, engagement: 5 })).toBe(23);
  });
});

describe("locAssessmentInputSchema", () => {
  it("accepts ratings without a note, and trims a note over several lines", () => {
    expect(locAssessmentInputSchema.parse({ ratings: allThree })).toEqual({ ratings: allThree });
    expect(locAssessmentInputSchema.parse({ ratings: allThree, note: "  Lives alone.\r\nNew job.\t " }).note).toBe("Lives alone.\r\nNew job.");
  });

  it("refuses a NUL character in the note", () => {
    const result = locAssessmentInputSchema.safeParse({ ratings: allThree, note: "Lives\u0000 alone" });
    expect(messagesOf(result)).toEqual([{ path: "note", message: unusualCharactersMessage }]);
  });

  it("keeps a note to 2000 characters", () => {
    expect(locAssessmentInputSchema.safeParse({ ratings: allThree, note: "a".repeat(2000) }).success).toBe(true);
    expect(messagesOf(locAssessmentInputSchema.safeParse({ ratings: allThree, note: "a".repeat(2001) }))).toEqual([
      { path: "note", message: "A note can be at most 2000 characters." },
    ]);
  });

  it("names a wrong rating inside the ratings", () => {
    const result = locAssessmentInputSchema.safeParse({ ratings: { ...allThree, engagement: 7 } });
    expect(messagesOf(result)).toEqual([{ path: "ratings.engagement", message: "Rate engagement from 1 to 5." }]);
  });
});

describe("locDecisionInputSchema", () => {
  it.each(["confirm", "decline"] as const)("accepts %s with a reason", (decision) => {
    expect(locDecisionInputSchema.parse({ decision, reason: " Family agrees. " })).toEqual({ decision, reason: "Family agrees." });
  });

  it.each([
    ["an empty reason", { decision: "confirm", reason: "" }, "reason", "Say why."],
    ["a reason of spaces only", { decision: "decline", reason: "   \n " }, "reason", "Say why."],
    ["no reason at all", { decision: "decline" }, "reason", "Say why."],
    ["a reason over 1000 characters", { decision: "confirm", reason: "a".repeat(1001) }, "reason", "A reason can be at most 1000 characters."],
    ["a NUL in the reason", { decision: "confirm", reason: "ok\u0000" }, "reason", unusualCharactersMessage],
    ["a decision that is neither", { decision: "maybe", reason: "Unsure." }, "decision", "Choose whether to confirm or decline the recommendation."],
  ])("refuses %s", (_name, input, path, message) => {
    expect(messagesOf(locDecisionInputSchema.safeParse(input))).toEqual([{ path, message }]);
  });
});
