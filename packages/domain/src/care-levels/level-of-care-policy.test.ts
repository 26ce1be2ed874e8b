import { describe, expect, it } from "vitest";
import { type LevelOfCarePolicy, defaultLevelOfCarePolicy, levelOfCarePolicyOf, levelOfCarePolicySchema } from "./level-of-care-policy";

function withBands(compositeBands: LevelOfCarePolicy["compositeBands"]): unknown {
  return { ...defaultLevelOfCarePolicy, compositeBands };
}

function messagesOf(input: unknown): string[] {
  const result = levelOfCarePolicySchema.safeParse(input);
  return (result.error?.issues ?? []).map((issue) => issue.message);
}

describe("levelOfCarePolicySchema", () => {
  it("accepts the default policy as it is", () => {
    expect(levelOfCarePolicySchema.parse(defaultLevelOfCarePolicy)).toEqual(defaultLevelOfCarePolicy);
  });

  it("accepts other contiguous bands that cover 7–35", () => {
    const bands = [
      { min: 7, max: 15, level: "outpatient" },
      { min: 16, max: 35, level: "php" },
    ] as const;
    expect(messagesOf(withBands([...bands]))).toEqual([]);
  });

  it.each([
    [
      "a gap",
      [
        { min: 7, max: 13, level: "outpatient" },
        { min: 15, max: 35, level: "iop" },
      ],
      ["Composite bands leave a gap between 13 and 15."],
    ],
    [
      "an overlap",
      [
        { min: 7, max: 14, level: "outpatient" },
        { min: 14, max: 35, level: "iop" },
      ],
      ["Composite bands 7–14 and 14–35 overlap."],
    ],
    ["a start above 7", [{ min: 8, max: 35, level: "iop" }], ["The first composite band must start at 7."]],
    ["an end below 35", [{ min: 7, max: 34, level: "iop" }], ["The last composite band must end at 35."]],
    [
      "a band that ends before it starts",
      [
        { min: 7, max: 35, level: "iop" },
        { min: 20, max: 19, level: "php" },
      ],
      ["The last composite band must end at 35.", "The composite band 20–19 ends before it starts.", "Composite bands 7–35 and 20–19 overlap."],
    ],
    [
      "a higher band pointing to a less intensive level",
      [
        { min: 7, max: 20, level: "php" },
        { min: 21, max: 35, level: "iop" },
      ],
      ["The composite band 21–35 points to a less intensive level than the band below it."],
    ],
  ] as const)("refuses bands with %s", (_name, bands, messages) => {
    expect(messagesOf(withBands(bands as unknown as LevelOfCarePolicy["compositeBands"]))).toEqual(messages);
  });

  it("refuses no bands at all", () => {
    expect(levelOfCarePolicySchema.safeParse(withBands([])).success).toBe(false);
  });

  it("refuses an override that sets a level other than inpatient referral whatever the total", () => {
    const policy = { ...defaultLevelOfCarePolicy, dimensionOverrides: [{ dimension: "risk_of_harm", minRating: 4, effect: "sets", level: "php" }] };
    expect(messagesOf(policy)).toEqual(["Only a referral to inpatient care can be set whatever the total; use “at least” for other levels."]);
  });

  it("refuses an override on a rating off the scale or an unknown dimension", () => {
    const offScale = { ...defaultLevelOfCarePolicy, dimensionOverrides: [{ dimension: "risk_of_harm", minRating: 6, effect: "at_least", level: "php" }] };
    const unknown = { ...defaultLevelOfCarePolicy, dimensionOverrides: [{ dimension: "mood", minRating: 4, effect: "at_least", level: "php" }] };
    expect(levelOfCarePolicySchema.safeParse(offScale).success).toBe(false);
    expect(levelOfCarePolicySchema.safeParse(unknown).success).toBe(false);
  });

  it("refuses a note after zero weeks and a deterioration cap that is not a level run here", () => {
    expect(levelOfCarePolicySchema.safeParse({ ...defaultLevelOfCarePolicy, weeksUnderFloorForNote: 0 }).success).toBe(false);
    expect(levelOfCarePolicySchema.safeParse({ ...defaultLevelOfCarePolicy, deteriorationCap: "inpatient_referral" }).success).toBe(false);
  });
});

describe("levelOfCarePolicyOf", () => {
  it("is the program's own policy when it has one, and the center's when it has none", () => {
    const own = { ...defaultLevelOfCarePolicy, weeksUnderFloorForNote: 3 };
    expect(levelOfCarePolicyOf({ levelOfCarePolicy: own })).toBe(own);
    expect(levelOfCarePolicyOf({ levelOfCarePolicy: null })).toBe(defaultLevelOfCarePolicy);
  });
});
