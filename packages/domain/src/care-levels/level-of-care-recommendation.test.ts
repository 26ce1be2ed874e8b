import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time/calendar-date";
import { careLevels } from "./care-level";
import { type LocDimension, type LocRatings, locDimensions } from "./level-of-care-assessment";
import { defaultLevelOfCarePolicy, recommendedLevelRank, recommendedLevels } from "./level-of-care-policy";
import { type LevelOfCareInput, type LocReason, recommendLevelOfCare } from "./level-of-care-recommendation";
import { locReasonWords } from "./level-of-care-wording";

const assessedOn = "2026-03-16";

// Fills the least decisive dimensions first, so no override fires below a composite of 31.
const fillOrder: LocDimension[] = [
  "engagement",
  "treatment_history",
  "recovery_environment_support",
  "recovery_environment_stress",
  "co_morbidity",
  "functional_status",
  "risk_of_harm",
];

function ratingsSumming(composite: number, fixed: Partial<LocRatings> = {}): LocRatings {
  const ratings = Object.fromEntries(locDimensions.map((d) => [d, fixed[d] ?? 1])) as LocRatings;
  let left = composite - Object.values(ratings).reduce((a, b) => a + b, 0);
  for (const dimension of fillOrder.filter((d) => fixed[d] === undefined)) {
    const add = Math.min(left, 5 - ratings[dimension]);
    ratings[dimension] += add;
    left -= add;
  }
  if (left !== 0) throw new Error(`cannot reach ${composite}`);
  return ratings;
}

function input(overrides: Partial<LevelOfCareInput> = {}): LevelOfCareInput {
  return {
    currentLevel: "outpatient",
    ratings: ratingsSumming(10),
    assessedOn,
    measures: [],
    consecutiveWeeksUnderFloor: 0,
    inpatientDischargeOn: null,
    openSafetyAlert: false,
    ...overrides,
  };
}

const phq9 = (baselineTotal: number, latestTotal: number) => ({ instrument: "phq9" as const, baselineTotal, latestTotal });
const gad7 = (baselineTotal: number, latestTotal: number) => ({ instrument: "gad7" as const, baselineTotal, latestTotal });

describe("recommendLevelOfCare", () => {
  it.each<[string, Partial<LevelOfCareInput>, string, LocReason["rule"][]]>([
    // Band edges, from outpatient with nothing else: the band alone decides.
    ["composite 7", { ratings: ratingsSumming(7) }, "outpatient", ["composite_band"]],
    ["composite 13", { ratings: ratingsSumming(13) }, "outpatient", ["composite_band"]],
    ["composite 14", { ratings: ratingsSumming(14) }, "iop", ["composite_band"]],
    ["composite 19", { ratings: ratingsSumming(19) }, "iop", ["composite_band"]],
    ["composite 20", { ratings: ratingsSumming(20) }, "php", ["composite_band"]],
    ["composite 27", { ratings: ratingsSumming(27) }, "php", ["composite_band"]],
    ["composite 28", { ratings: ratingsSumming(28) }, "inpatient_referral", ["composite_band"]],
    ["composite 35 (every rating 5)", { ratings: ratingsSumming(35) }, "inpatient_referral", ["composite_band", "dimension_override", "dimension_override"]],
    // Dimension overrides.
    ["risk of harm 5 on a low total", { ratings: ratingsSumming(11, { risk_of_harm: 5 }) }, "inpatient_referral", ["composite_band", "dimension_override"]],
    ["risk of harm 4 on a low total", { ratings: ratingsSumming(10, { risk_of_harm: 4 }) }, "php", ["composite_band", "dimension_override"]],
    ["risk of harm 3 on a low total", { ratings: ratingsSumming(10, { risk_of_harm: 3 }) }, "outpatient", ["composite_band"]],
    ["functional status 5 on a low total", { ratings: ratingsSumming(11, { functional_status: 5 }) }, "php", ["composite_band", "dimension_override"]],
    ["functional status 4 on a low total", { ratings: ratingsSumming(10, { functional_status: 4 }) }, "outpatient", ["composite_band"]],
    ["risk of harm 4 on an inpatient total", { ratings: ratingsSumming(30, { risk_of_harm: 4 }) }, "inpatient_referral", ["composite_band", "dimension_override"]],
    // Recent inpatient discharge.
    ["discharged today", { inpatientDischargeOn: assessedOn }, "php", ["composite_band", "recent_inpatient_discharge"]],
    ["discharged 14 days ago", { inpatientDischargeOn: addDays(assessedOn, -14) }, "php", ["composite_band", "recent_inpatient_discharge"]],
    ["discharged 15 days ago", { inpatientDischargeOn: addDays(assessedOn, -15) }, "outpatient", ["composite_band"]],
    ["a discharge dated after the assessment", { inpatientDischargeOn: addDays(assessedOn, 1) }, "outpatient", ["composite_band"]],
    // Measure deterioration: one level above the current one, never past PHP.
    ["PHQ-9 9 → 17 from outpatient", { measures: [phq9(9, 17)] }, "iop", ["composite_band", "measure_deterioration"]],
    ["PHQ-9 9 → 17 from IOP", { currentLevel: "iop", measures: [phq9(9, 17)] }, "php", ["composite_band", "measure_deterioration"]],
    ["PHQ-9 9 → 17 from PHP (capped)", { currentLevel: "php", measures: [phq9(9, 17)] }, "php", ["composite_band", "measure_deterioration"]],
    ["PHQ-9 up 5, not reliable", { measures: [phq9(9, 14)] }, "outpatient", ["composite_band"]],
    ["PHQ-9 up 6 but below the cut-off", { measures: [phq9(3, 9)] }, "outpatient", ["composite_band"]],
    ["GAD-7 4 → 8, reliable and at the cut-off", { measures: [gad7(4, 8)] }, "iop", ["composite_band", "measure_deterioration"]],
    ["GAD-7 3 → 7, reliable but below the cut-off", { measures: [gad7(3, 7)] }, "outpatient", ["composite_band"]],
    ["both deteriorating", { measures: [phq9(5, 12), gad7(2, 10)] }, "iop", ["composite_band", "measure_deterioration", "measure_deterioration"]],
    ["only the latest PHQ-9 counts", { measures: [phq9(9, 17), phq9(9, 10)] }, "outpatient", ["composite_band"]],
    // The open-alert floor.
    ["an open alert in PHP on an outpatient total", { currentLevel: "php", openSafetyAlert: true }, "php", ["composite_band", "open_safety_alert"]],
    ["no alert in PHP on an outpatient total", { currentLevel: "php" }, "outpatient", ["composite_band"]],
    ["an open alert does not stop a step up", { openSafetyAlert: true, ratings: ratingsSumming(22) }, "php", ["composite_band", "open_safety_alert"]],
    // Notes, which never move the level.
    ["2 weeks under the IOP floor", { currentLevel: "iop", ratings: ratingsSumming(16), consecutiveWeeksUnderFloor: 2 }, "iop", ["composite_band", "weeks_under_floor"]],
    ["1 week under the IOP floor", { currentLevel: "iop", ratings: ratingsSumming(16), consecutiveWeeksUnderFloor: 1 }, "iop", ["composite_band"]],
    ["weeks under no floor in outpatient care", { consecutiveWeeksUnderFloor: 5 }, "outpatient", ["composite_band"]],
    ["PHQ-9 and GAD-7 both recovered", { currentLevel: "iop", ratings: ratingsSumming(16), measures: [phq9(14, 6), gad7(12, 5)] }, "iop", ["composite_band", "measure_recovery"]],
    ["PHQ-9 recovered, GAD-7 not asked", { currentLevel: "iop", ratings: ratingsSumming(16), measures: [phq9(14, 6)] }, "iop", ["composite_band"]],
    ["GAD-7 improved but still a case", { currentLevel: "iop", ratings: ratingsSumming(16), measures: [phq9(14, 6), gad7(12, 8)] }, "iop", ["composite_band"]],
    // Order: band, raising rules, the floor, notes.
    [
      "everything at once",
      { currentLevel: "iop", ratings: ratingsSumming(12, { risk_of_harm: 4 }), inpatientDischargeOn: addDays(assessedOn, -3), measures: [gad7(4, 9)], openSafetyAlert: true, consecutiveWeeksUnderFloor: 3 },
      "php",
      ["composite_band", "dimension_override", "recent_inpatient_discharge", "measure_deterioration", "open_safety_alert", "weeks_under_floor"],
    ],
  ])("%s → %s", (_name, overrides, recommended, rules) => {
    const result = recommendLevelOfCare(input(overrides));
    expect(result.recommended).toBe(recommended);
    expect(result.reasons.map((r) => r.rule)).toEqual(rules);
    expect(result.differsFromCurrent).toBe(recommended !== input(overrides).currentLevel);
  });

  it("carries what each rule read", () => {
    const result = recommendLevelOfCare(
      input({
        currentLevel: "iop",
        ratings: ratingsSumming(12, { risk_of_harm: 4 }),
        inpatientDischargeOn: addDays(assessedOn, -3),
        measures: [phq9(9, 17)],
        openSafetyAlert: true,
        consecutiveWeeksUnderFloor: 2,
      }),
    );
    expect(result.composite).toBe(12);
    expect(result.reasons).toEqual([
      { rule: "composite_band", composite: 12, band: { min: 7, max: 13 }, effect: "sets", level: "outpatient" },
      { rule: "dimension_override", dimension: "risk_of_harm", rating: 4, minRating: 4, effect: "at_least", level: "php" },
      { rule: "recent_inpatient_discharge", dischargedOn: "2026-03-13", daysSince: 3, withinDays: 14, effect: "at_least", level: "php" },
      {
        rule: "measure_deterioration",
        measure: { instrument: "phq9", baselineTotal: 9, latestTotal: 17, reliableChange: 6, casenessCutOff: 10 },
        effect: "at_least",
        level: "php",
      },
      { rule: "open_safety_alert", currentLevel: "iop", effect: "no_step_down", level: "iop" },
      { rule: "weeks_under_floor", weeks: 2, requiredWeeks: 2, currentLevel: "iop", floorWeeklyMinutes: 540, effect: "note", level: null },
    ]);
  });

  it("tells only the strongest override of a dimension: risk of harm 5 sets, the rule for 4 is not repeated", () => {
    const result = recommendLevelOfCare(input({ ratings: ratingsSumming(11, { risk_of_harm: 5 }) }));
    expect(result.reasons[1]).toEqual({ rule: "dimension_override", dimension: "risk_of_harm", rating: 5, minRating: 5, effect: "sets", level: "inpatient_referral" });
    expect(result.change).toMatchObject({ direction: "step_up", endsEnrollment: true, dischargeReason: "referred_to_inpatient" });
  });

  it("points a recovery note one level down, and nowhere from outpatient", () => {
    const recovered = [phq9(14, 6), gad7(12, 5)];
    const fromPhp = recommendLevelOfCare(input({ currentLevel: "php", ratings: ratingsSumming(22), measures: recovered }));
    const fromOutpatient = recommendLevelOfCare(input({ measures: recovered }));
    expect(fromPhp.reasons.at(-1)).toMatchObject({ rule: "measure_recovery", effect: "note", level: "iop" });
    expect(fromOutpatient.reasons.at(-1)).toMatchObject({ rule: "measure_recovery", effect: "note", level: null });
  });

  it("follows a program's own policy", () => {
    const policy = { ...defaultLevelOfCarePolicy, recentDischarge: { withinDays: 30, atLeast: "iop" as const } };
    expect(recommendLevelOfCare(input({ inpatientDischargeOn: addDays(assessedOn, -20) }), policy).recommended).toBe("iop");
    expect(recommendLevelOfCare(input({ inpatientDischargeOn: addDays(assessedOn, -20) })).recommended).toBe("outpatient");
  });

  it("classifies the change from the current level", () => {
    const result = recommendLevelOfCare(input({ currentLevel: "php", ratings: ratingsSumming(10) }));
    expect(result.change).toMatchObject({ direction: "step_down", skipsLevels: true, levelsMoved: 2, endsEnrollment: false });
    expect(recommendLevelOfCare(input()).change.direction).toBe("unchanged");
  });
});

const ratingsArb = fc.record(Object.fromEntries(locDimensions.map((d) => [d, fc.integer({ min: 1, max: 5 })])) as Record<LocDimension, fc.Arbitrary<number>>) as fc.Arbitrary<LocRatings>;
const measureArb = fc.record({
  instrument: fc.constantFrom("phq9" as const, "gad7" as const),
  baselineTotal: fc.integer({ min: 0, max: 21 }),
  latestTotal: fc.integer({ min: 0, max: 21 }),
});
const inputArb: fc.Arbitrary<LevelOfCareInput> = fc.record({
  currentLevel: fc.constantFrom(...careLevels),
  ratings: ratingsArb,
  assessedOn: fc.constant(assessedOn),
  measures: fc.array(measureArb, { maxLength: 3 }),
  consecutiveWeeksUnderFloor: fc.nat(6),
  inpatientDischargeOn: fc.option(fc.integer({ min: -40, max: 2 }).map((days) => addDays(assessedOn, days))),
  openSafetyAlert: fc.boolean(),
});

describe("recommendLevelOfCare properties", () => {
  it("never recommends a less intensive level when any single rating is raised", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...locDimensions), fc.integer({ min: 1, max: 4 }), (base, dimension, by) => {
        const raised = { ...base, ratings: { ...base.ratings, [dimension]: Math.min(5, base.ratings[dimension] + by) } };
        const before = recommendedLevelRank(recommendLevelOfCare(base).recommended);
        const after = recommendedLevelRank(recommendLevelOfCare(raised).recommended);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("refers to inpatient care whenever risk of harm is 5, whatever else", () => {
    fc.assert(
      fc.property(inputArb, (base) => {
        expect(recommendLevelOfCare({ ...base, ratings: { ...base.ratings, risk_of_harm: 5 } }).recommended).toBe("inpatient_referral");
      }),
    );
  });

  it("always gives the composite band first, and one of the four levels", () => {
    fc.assert(
      fc.property(inputArb, (base) => {
        const result = recommendLevelOfCare(base);
        expect(result.reasons[0]).toMatchObject({ rule: "composite_band", composite: result.composite });
        expect(result.reasons.filter((r) => r.rule === "composite_band")).toHaveLength(1);
        expect(recommendedLevels).toContain(result.recommended);
        expect(result.composite).toBeGreaterThanOrEqual(7);
        expect(result.composite).toBeLessThanOrEqual(35);
      }),
    );
  });

  it("never steps down below the current level while a safety alert is open", () => {
    fc.assert(
      fc.property(inputArb, (base) => {
        const result = recommendLevelOfCare({ ...base, openSafetyAlert: true });
        expect(recommendedLevelRank(result.recommended)).toBeGreaterThanOrEqual(recommendedLevelRank(base.currentLevel));
      }),
    );
  });

  it("lets notes inform but never move the level", () => {
    fc.assert(
      fc.property(inputArb, fc.nat(10), (base, weeks) => {
        const without = recommendLevelOfCare({ ...base, consecutiveWeeksUnderFloor: 0 });
        const withWeeks = recommendLevelOfCare({ ...base, consecutiveWeeksUnderFloor: weeks });
        expect(withWeeks.recommended).toBe(without.recommended);
      }),
    );
  });
});

describe("locReasonWords", () => {
  const reasonsOf = (overrides: Partial<LevelOfCareInput>) => recommendLevelOfCare(input(overrides)).reasons.map(locReasonWords);

  it.each<[string, Partial<LevelOfCareInput>, string]>([
    ["a band", { ratings: ratingsSumming(22) }, "Composite 22 (20–27): Partial Hospitalization (PHP)."],
    ["risk of harm 5", { ratings: ratingsSumming(11, { risk_of_harm: 5 }) }, "Risk of harm rated 5: referral to inpatient care whatever the total."],
    ["functional status 5", { ratings: ratingsSumming(11, { functional_status: 5 }) }, "Functional status rated 5: at least Partial Hospitalization (PHP)."],
    ["a recent discharge", { inpatientDischargeOn: addDays(assessedOn, -1) }, "Discharged from inpatient care 1 day ago (2026-03-15), within 14 days: at least Partial Hospitalization (PHP)."],
    ["a deterioration", { measures: [phq9(9, 17)] }, "PHQ-9 up from 9 to 17, a reliable deterioration, and still at or above the cut-off of 10: at least Intensive Outpatient (IOP)."],
    ["an open alert", { currentLevel: "iop", openSafetyAlert: true }, "A safety alert is open: no step down below Intensive Outpatient (IOP)."],
    ["weeks under the floor", { currentLevel: "php", consecutiveWeeksUnderFloor: 2 }, "2 complete weeks in a row under the PHP floor of 20 hours a week: PHP is not being attended as planned (this alone does not change the level)."],
    ["a recovery", { measures: [phq9(14, 6), gad7(12, 5)] }, "PHQ-9 down from 14 to 6 and GAD-7 down from 12 to 5, reliable improvements and below the cut-off: supports stepping down."],
  ])("words %s", (_name, overrides, sentence) => {
    expect(reasonsOf(overrides)).toContain(sentence);
  });
});
