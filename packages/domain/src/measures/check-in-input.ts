import { z } from "zod";
import { multiLineTextSchema } from "../common/text";
import { calendarDateSchema } from "../time/calendar-date";
import { instrumentIds } from "./instrument";
import { instruments } from "./instruments";
import { answersSchema } from "./scoring";
import { checkInOccasions } from "./vocabulary";

/** Which check-in a request is about: one instrument, on one occasion, due on one day. */
export const checkInKeySchema = z.object({
  instrument: z.enum(instrumentIds, { message: "Choose a check-in." }),
  occasion: z.enum(checkInOccasions, { message: "Choose a check-in." }),
  dueOn: calendarDateSchema,
});
export type CheckInKeyInput = z.infer<typeof checkInKeySchema>;

/** A question's id as the instruments' data writes them ("phq9_9"). */
const questionIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "That question isn't part of this check-in.");

const scoresSchema = z.record(questionIdSchema, z.number().int().min(0).max(10)).refine((answers) => Object.keys(answers).length <= 40, {
  message: "There are more answers than questions.",
});

/**
 * Checks answers against the instrument's own items, naming each question with a problem; with
 * `complete`, every question must be answered (a submission), else only the ones given are
 * checked (a check-in saved part-way).
 */
function answersOfTheInstrument(complete: boolean) {
  return (value: { instrument: (typeof instrumentIds)[number]; answers: Record<string, number> }, context: z.RefinementCtx) => {
    const instrument = instruments[value.instrument];
    const known = new Set(instrument.items.map((item) => item.id));
    for (const id of Object.keys(value.answers)) {
      if (!known.has(id)) context.addIssue({ code: "custom", path: ["answers", id], message: "That question isn't part of this check-in." });
    }
    const schema = complete ? answersSchema(instrument) : answersSchema(instrument).partial();
    const result = schema.safeParse(value.answers);
    if (result.success) return;
    for (const issue of result.error.issues) context.addIssue({ code: "custom", path: ["answers", ...issue.path.map(String)], message: issue.message });
  };
}

/** A check-in sent: every question answered with one of its choices. */
export const checkInSubmissionSchema = checkInKeySchema.extend({ answers: scoresSchema }).superRefine(answersOfTheInstrument(true));

/** A check-in kept to finish later: the questions answered so far, each with one of its choices. */
export const checkInDraftSchema = checkInKeySchema.extend({ answers: scoresSchema }).superRefine(answersOfTheInstrument(false));

/** Long enough to say what was wrong with the first entry, short enough to stay a reason. */
export const correctionReasonMaxLength = 500;

/**
 * Correcting a recorded response: the full answer set again, and why. The answers are checked
 * against the corrected response's instrument once it is known (answersSchema).
 */
export const responseCorrectionSchema = z.object({
  responseId: z.uuid({ message: "Choose a check-in." }),
  answers: scoresSchema,
  reason: z
    .string({ message: "Say why the check-in is corrected." })
    .pipe(
      multiLineTextSchema
        .min(1, "Say why the check-in is corrected.")
        .max(correctionReasonMaxLength, `A reason can be at most ${correctionReasonMaxLength} characters.`),
    ),
});
export type ResponseCorrection = z.infer<typeof responseCorrectionSchema>;
