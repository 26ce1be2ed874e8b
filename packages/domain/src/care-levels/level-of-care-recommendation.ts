import { changeFromBaseline } from "../measures/change";
import { instruments } from "../measures/instruments";
import { casenessCutOff, isCase } from "../measures/scoring";
import { type CalendarDate, daysBetween } from "../time/calendar-date";
import { type CareLevel, careLevelRank, careLevels } from "./care-level";
import { careLevelDefinitions } from "./care-level-definitions";
import { type LevelChange, classifyLevelChange } from "./level-change";
import { type LocDimension, type LocRatings, locComposite } from "./level-of-care-assessment";
import {
  type LevelOfCarePolicy,
  type RecommendedLevel,
  defaultLevelOfCarePolicy,
  recommendedLevelRank,
} from "./level-of-care-policy";

/** The measures a review reads: depression and anxiety, the two every track asks weekly. */
export type LocInstrument = "phq9" | "gad7";

export interface LocMeasure {
  instrument: LocInstrument;
  baselineTotal: number;
  latestTotal: number;
}

export interface LevelOfCareInput {
  currentLevel: CareLevel;
  ratings: LocRatings;
  assessedOn: CalendarDate;
  /** One entry per instrument; where one is repeated, the last entry is the latest. */
  measures: readonly LocMeasure[];
  /** Complete weeks in a row, up to the assessment, under the weekly floor (attendance's completedWeeksUnderFloor). */
  consecutiveWeeksUnderFloor: number;
  /** The program's weekly floor those weeks were held to; the level's regulatory floor when not given. */
  floorWeeklyMinutes?: number | null;
  inpatientDischargeOn: CalendarDate | null;
  openSafetyAlert: boolean;
}

/** A measure as a rule read it, with the thresholds it was held to. */
export interface LocMeasureReading extends LocMeasure {
  reliableChange: number;
  casenessCutOff: number;
}

/**
 * Why the recommendation is what it is: one entry per rule that fired, with what it read and
 * what it did, so staff can check the reasoning rather than trust a number.
 */
export type LocReason =
  | { rule: "composite_band"; composite: number; band: { min: number; max: number }; effect: "sets"; level: RecommendedLevel }
  | {
      rule: "dimension_override";
      dimension: LocDimension;
      rating: number;
      minRating: number;
      effect: "sets" | "at_least";
      level: RecommendedLevel;
    }
  | {
      rule: "recent_inpatient_discharge";
      dischargedOn: CalendarDate;
      daysSince: number;
      withinDays: number;
      effect: "at_least";
      level: RecommendedLevel;
    }
  | { rule: "measure_deterioration"; measure: LocMeasureReading; effect: "at_least"; level: RecommendedLevel }
  | { rule: "open_safety_alert"; currentLevel: CareLevel; effect: "no_step_down"; level: CareLevel }
  | {
      rule: "weeks_under_floor";
      weeks: number;
      requiredWeeks: number;
      currentLevel: CareLevel;
      floorWeeklyMinutes: number;
      effect: "note";
      level: null;
    }
  /** `level` is the next level down, or null from outpatient (where a step down leaves the program). */
  | { rule: "measure_recovery"; measures: LocMeasureReading[]; effect: "note"; level: CareLevel | null };

/** The rules that can raise the level; "sets" can only name the top of the ladder (policy schema). */
type RaisingReason = Extract<LocReason, { effect: "sets" | "at_least" }>;

export interface LevelOfCareRecommendation {
  recommended: RecommendedLevel;
  composite: number;
  reasons: LocReason[];
  differsFromCurrent: boolean;
  change: LevelChange;
}

function moreIntensive(a: RecommendedLevel, b: RecommendedLevel): RecommendedLevel {
  return recommendedLevelRank(b) > recommendedLevelRank(a) ? b : a;
}

function latestOf(measures: readonly LocMeasure[], instrument: LocInstrument): LocMeasure | null {
  return measures.filter((measure) => measure.instrument === instrument).pop() ?? null;
}

function readingOf(measure: LocMeasure) {
  const instrument = instruments[measure.instrument];
  const change = changeFromBaseline(instrument, measure.baselineTotal, measure.latestTotal);
  const reading: LocMeasureReading = {
    ...measure,
    reliableChange: instrument.reliableChange ?? 0,
    casenessCutOff: casenessCutOff(instrument),
  };
  return { reading, change, isCase: isCase(instrument, measure.latestTotal) };
}

function raisingReasons(input: LevelOfCareInput, policy: LevelOfCarePolicy): RaisingReason[] {
  const reasons: RaisingReason[] = [];
  const fired = policy.dimensionOverrides.filter((o) => input.ratings[o.dimension] >= o.minRating);
  // Of the overrides that fired on one dimension, only the one for the highest rating is told.
  for (const o of fired.filter((o) => !fired.some((other) => other.dimension === o.dimension && other.minRating > o.minRating))) {
    reasons.push({ rule: "dimension_override", dimension: o.dimension, rating: input.ratings[o.dimension], minRating: o.minRating, effect: o.effect, level: o.level });
  }
  if (input.inpatientDischargeOn !== null) {
    const daysSince = daysBetween(input.inpatientDischargeOn, input.assessedOn);
    const { withinDays, atLeast } = policy.recentDischarge;
    if (daysSince >= 0 && daysSince <= withinDays) {
      reasons.push({ rule: "recent_inpatient_discharge", dischargedOn: input.inpatientDischargeOn, daysSince, withinDays, effect: "at_least", level: atLeast });
    }
  }
  const oneAbove = careLevels[Math.min(careLevelRank(input.currentLevel) + 1, careLevelRank(policy.deteriorationCap))]!;
  for (const instrument of ["phq9", "gad7"] as const) {
    const measure = latestOf(input.measures, instrument);
    if (!measure) continue;
    const { reading, change, isCase } = readingOf(measure);
    if (change.reliableDeterioration === true && isCase) {
      reasons.push({ rule: "measure_deterioration", measure: reading, effect: "at_least", level: moreIntensive(oneAbove, input.currentLevel) });
    }
  }
  return reasons;
}

function noteReasons(input: LevelOfCareInput, policy: LevelOfCarePolicy): LocReason[] {
  const reasons: LocReason[] = [];
  const floor = input.floorWeeklyMinutes ?? careLevelDefinitions[input.currentLevel].regulatoryFloorWeeklyMinutes;
  if (floor !== null && input.consecutiveWeeksUnderFloor >= policy.weeksUnderFloorForNote) {
    reasons.push({
      rule: "weeks_under_floor",
      weeks: input.consecutiveWeeksUnderFloor,
      requiredWeeks: policy.weeksUnderFloorForNote,
      currentLevel: input.currentLevel,
      floorWeeklyMinutes: floor,
      effect: "note",
      level: null,
    });
  }
  const readings = (["phq9", "gad7"] as const).map((instrument) => latestOf(input.measures, instrument));
  const recovered = readings.map((measure) => (measure ? readingOf(measure) : null));
  if (recovered.every((r) => r !== null && !r.isCase && r.change.reliableImprovement === true)) {
    const rank = careLevelRank(input.currentLevel);
    reasons.push({
      rule: "measure_recovery",
      measures: recovered.map((r) => r!.reading),
      effect: "note",
      level: rank > 0 ? careLevels[rank - 1]! : null,
    });
  }
  return reasons;
}

/**
 * Decision support for a level-of-care review (DOMAIN.md §6): the level the program's policy
 * points to and every rule that fired, in the order they apply: the composite band, then the
 * raising rules (the most intensive wins), then the open-alert floor, then notes that inform but
 * never move the level. Nothing here changes a level: a clinician confirms or declines.
 */
export function recommendLevelOfCare(input: LevelOfCareInput, policy: LevelOfCarePolicy = defaultLevelOfCarePolicy): LevelOfCareRecommendation {
  const composite = locComposite(input.ratings);
  const band = policy.compositeBands.find((b) => composite >= b.min && composite <= b.max);
  if (!band) throw new RangeError(`Composite ${composite} is in no band of the policy; parse it with levelOfCarePolicySchema`);
  const reasons: LocReason[] = [{ rule: "composite_band", composite, band: { min: band.min, max: band.max }, effect: "sets", level: band.level }];

  const raising = raisingReasons(input, policy);
  reasons.push(...raising);
  let recommended = raising.reduce<RecommendedLevel>((level, reason) => moreIntensive(level, reason.level), band.level);

  if (input.openSafetyAlert) {
    reasons.push({ rule: "open_safety_alert", currentLevel: input.currentLevel, effect: "no_step_down", level: input.currentLevel });
    recommended = moreIntensive(recommended, input.currentLevel);
  }
  reasons.push(...noteReasons(input, policy));

  return {
    recommended,
    composite,
    reasons,
    differsFromCurrent: recommended !== input.currentLevel,
    change: classifyLevelChange(input.currentLevel, recommended),
  };
}
