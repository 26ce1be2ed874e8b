import { z } from "zod";
import { careLevelSchema, careLevels } from "./care-level";
import { type LocDimension, locDimensions, locRatingMax, locRatingMin } from "./level-of-care-assessment";

/**
 * What a level-of-care review can recommend: a level run here, or a referral to inpatient care
 * (which would end the enrollment). Ordered from least to most intensive.
 */
export const recommendedLevels = [...careLevels, "inpatient_referral"] as const;
export const recommendedLevelSchema = z.enum(recommendedLevels);
export type RecommendedLevel = z.infer<typeof recommendedLevelSchema>;

/** Position on the ladder: outpatient 0 … inpatient referral 3; usable to take the more intensive of two. */
export function recommendedLevelRank(level: RecommendedLevel): number {
  return recommendedLevels.indexOf(level);
}

export const locCompositeMin = locDimensions.length * locRatingMin;
export const locCompositeMax = locDimensions.length * locRatingMax;

const bandSchema = z.object({
  min: z.number().int(),
  max: z.number().int(),
  level: recommendedLevelSchema,
});

const dimensionOverrideSchema = z.object({
  dimension: z.enum(locDimensions),
  /** Fires at this rating or above, so raising a rating can never switch an override off. */
  minRating: z.number().int().min(locRatingMin).max(locRatingMax),
  effect: z.enum(["sets", "at_least"]),
  level: recommendedLevelSchema,
});

function bandProblems(bands: readonly { min: number; max: number }[]): string[] {
  const problems: string[] = [];
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return [`Composite bands must cover ${locCompositeMin} to ${locCompositeMax}.`];
  if (first.min !== locCompositeMin) problems.push(`The first composite band must start at ${locCompositeMin}.`);
  if (last.max !== locCompositeMax) problems.push(`The last composite band must end at ${locCompositeMax}.`);
  bands.forEach((band, index) => {
    if (band.min > band.max) problems.push(`The composite band ${band.min}–${band.max} ends before it starts.`);
    const previous = bands[index - 1];
    if (!previous) return;
    if (band.min > previous.max + 1) problems.push(`Composite bands leave a gap between ${previous.max} and ${band.min}.`);
    if (band.min <= previous.max) problems.push(`Composite bands ${previous.min}–${previous.max} and ${band.min}–${band.max} overlap.`);
  });
  return problems;
}

/**
 * A program's documented level-of-care thresholds (DOMAIN.md §6: the program's own policy, not
 * the licensed LOCUS grid). Checked so that every composite has exactly one band and a higher
 * composite never points to a less intensive level: raising a rating can only raise the result.
 */
export const levelOfCarePolicySchema = z
  .object({
    /** From the lowest composite up, contiguous, covering 7–35. */
    compositeBands: z.array(bandSchema).min(1),
    dimensionOverrides: z.array(dimensionOverrideSchema),
    /** An inpatient discharge this many days before the assessment (or fewer) raises the level. */
    recentDischarge: z.object({ withinDays: z.number().int().nonnegative(), atLeast: recommendedLevelSchema }),
    /** This many complete weeks in a row under the level's floor add a note that the level is not being attended. */
    weeksUnderFloorForNote: z.number().int().min(1),
    /** A reliable deterioration raises one level above the current one, never past this one. */
    deteriorationCap: careLevelSchema,
  })
  .superRefine((policy, ctx) => {
    for (const message of bandProblems(policy.compositeBands)) ctx.addIssue({ code: "custom", message, path: ["compositeBands"] });
    policy.compositeBands.forEach((band, index) => {
      const previous = policy.compositeBands[index - 1];
      if (previous && recommendedLevelRank(band.level) < recommendedLevelRank(previous.level)) {
        ctx.addIssue({
          code: "custom",
          message: `The composite band ${band.min}–${band.max} points to a less intensive level than the band below it.`,
          path: ["compositeBands", index, "level"],
        });
      }
    });
    policy.dimensionOverrides.forEach((override, index) => {
      // "Whatever the total" may only point to the top of the ladder, or it could lower a result.
      if (override.effect === "sets" && override.level !== "inpatient_referral") {
        ctx.addIssue({
          code: "custom",
          message: "Only a referral to inpatient care can be set whatever the total; use “at least” for other levels.",
          path: ["dimensionOverrides", index, "level"],
        });
      }
    });
  });
export type LevelOfCarePolicy = z.infer<typeof levelOfCarePolicySchema>;
export type LocCompositeBand = LevelOfCarePolicy["compositeBands"][number];
export type LocDimensionOverride = LevelOfCarePolicy["dimensionOverrides"][number];

const override = (dimension: LocDimension, minRating: number, effect: "sets" | "at_least", level: RecommendedLevel): LocDimensionOverride => ({
  dimension,
  minRating,
  effect,
  level,
});

/**
 * This center's documented thresholds, used unless a program sets its own. Risk of harm 5 refers
 * to inpatient care whatever the total; risk of harm 4 or functional status 5 need at least PHP;
 * so does a discharge from inpatient care in the last 14 days (PHP is the usual step-down).
 */
export const defaultLevelOfCarePolicy: LevelOfCarePolicy = {
  compositeBands: [
    { min: 7, max: 13, level: "outpatient" },
    { min: 14, max: 19, level: "iop" },
    { min: 20, max: 27, level: "php" },
    { min: 28, max: 35, level: "inpatient_referral" },
  ],
  dimensionOverrides: [
    override("risk_of_harm", 5, "sets", "inpatient_referral"),
    override("risk_of_harm", 4, "at_least", "php"),
    override("functional_status", 5, "at_least", "php"),
  ],
  recentDischarge: { withinDays: 14, atLeast: "php" },
  weeksUnderFloorForNote: 2,
  deteriorationCap: "php",
};

/** The thresholds a program documented for itself, or this center's when it has set none. */
export function levelOfCarePolicyOf(program: { levelOfCarePolicy: LevelOfCarePolicy | null }): LevelOfCarePolicy {
  return program.levelOfCarePolicy ?? defaultLevelOfCarePolicy;
}
