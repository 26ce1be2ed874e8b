import { z } from "zod";
import { multiLineTextSchema } from "../common/text";
import { calendarDateSchema } from "../time/calendar-date";

/**
 * The dimensions staff rate for a level-of-care review, in the spirit of LOCUS (DOMAIN.md §6).
 * The ratings feed decision support only: a clinician confirms any change of level.
 */
export const locDimensions = [
  "risk_of_harm",
  "functional_status",
  "co_morbidity",
  "recovery_environment_stress",
  "recovery_environment_support",
  "treatment_history",
  "engagement",
] as const;
export type LocDimension = (typeof locDimensions)[number];

/** What staff read beside each rating, in the order of `locDimensions`. */
export const locDimensionLabels: Readonly<Record<LocDimension, string>> = {
  risk_of_harm: "Risk of harm",
  functional_status: "Functional status",
  co_morbidity: "Co-morbidity",
  recovery_environment_stress: "Stress in the recovery environment",
  recovery_environment_support: "Support in the recovery environment",
  treatment_history: "Treatment history",
  engagement: "Engagement",
};

/**
 * What the two ends of each scale mean, in this program's own words; the licensed LOCUS grid is
 * deliberately not reproduced. Higher is always more need, so the ratings can be summed.
 */
export const locDimensionHints: Readonly<Record<LocDimension, string>> = {
  risk_of_harm: "1: no thoughts or acts of harm to self or others; 5: acting on, or about to act on, harm now.",
  functional_status: "1: managing work, home and self-care as usual; 5: unable to look after basic needs.",
  co_morbidity: "1: no other medical, substance or psychiatric condition; 5: another condition that is severe and unstable.",
  recovery_environment_stress: "1: life at home and work is calm; 5: overwhelming pressure or danger where they live.",
  recovery_environment_support: "1: steady, caring people and services around them; 5: nobody to turn to, or support that does harm.",
  treatment_history: "1: no past treatment, or it went well; 5: several past episodes that did not help or did not last.",
  engagement: "1: takes an active part in their own care; 5: does not accept the problem or take part.",
};

export const locRatingMin = 1;
export const locRatingMax = 5;

/** "Rate risk of harm from 1 to 5.": the one message for a rating missing, fractional or off the scale. */
export function locRatingMessage(dimension: LocDimension): string {
  return `Rate ${locDimensionLabels[dimension].toLowerCase()} from ${locRatingMin} to ${locRatingMax}.`;
}

function ratingSchema(dimension: LocDimension) {
  const message = locRatingMessage(dimension);
  return z.number({ error: message }).int({ error: message }).min(locRatingMin, { error: message }).max(locRatingMax, { error: message });
}

/** All seven ratings, each a whole number 1–5; every problem is named at once, by dimension. */
export const locRatingsSchema = z.object({
  risk_of_harm: ratingSchema("risk_of_harm"),
  functional_status: ratingSchema("functional_status"),
  co_morbidity: ratingSchema("co_morbidity"),
  recovery_environment_stress: ratingSchema("recovery_environment_stress"),
  recovery_environment_support: ratingSchema("recovery_environment_support"),
  treatment_history: ratingSchema("treatment_history"),
  engagement: ratingSchema("engagement"),
} satisfies Record<LocDimension, z.ZodType<number>>);
export type LocRatings = z.infer<typeof locRatingsSchema>;

/** The sum of the seven ratings (7–35): what the program's composite bands are written against. */
export function locComposite(ratings: LocRatings): number {
  return locDimensions.reduce((sum, dimension) => sum + ratings[dimension], 0);
}

export const locNoteMaxLength = 2000;

/**
 * What staff record for one assessment: the ratings, the day the client left inpatient care when
 * they came from it (the record here does not hold it), and a note when the numbers need context.
 */
export const locAssessmentInputSchema = z.object({
  ratings: locRatingsSchema,
  inpatientDischargeOn: calendarDateSchema.nullable().optional(),
  note: z
    .string({ message: "Write the note as text." })
    .pipe(multiLineTextSchema.max(locNoteMaxLength, `A note can be at most ${locNoteMaxLength} characters.`))
    .optional(),
});
export type LocAssessmentInput = z.infer<typeof locAssessmentInputSchema>;

export const locDecisionReasonMaxLength = 1000;

/** A clinician's answer to a recommendation. */
export const locDecisions = ["confirm", "decline"] as const;
export type LocDecision = (typeof locDecisions)[number];

/**
 * A clinician's answer to a recommendation. Declining is as valid as confirming; both need a
 * reason, because the recommendation is support for a decision, never the decision.
 */
export const locDecisionInputSchema = z.object({
  decision: z.enum(locDecisions, { error: "Choose whether to confirm or decline the recommendation." }),
  reason: z
    .string({ message: "Say why." })
    .pipe(
      multiLineTextSchema
        .min(1, "Say why.")
        .max(locDecisionReasonMaxLength, `A reason can be at most ${locDecisionReasonMaxLength} characters.`),
    ),
});
export type LocDecisionInput = z.infer<typeof locDecisionInputSchema>;
