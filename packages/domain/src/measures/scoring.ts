import { z } from "zod";
import { type Instrument, type ScreeningSex, type SeverityBand, bandFor, optionsFor } from "./instrument";

/** A submitted answer set: the score chosen for each item, by item id. */
export type Answers = Record<string, number>;

/** "Please answer question 4.": an item left unanswered. */
export function unansweredMessage(questionNumber: number): string {
  return `Please answer question ${questionNumber}.`;
}

/** "Question 4's answer isn't one of the choices.": an answer no option scores. */
export function notAChoiceMessage(questionNumber: number): string {
  return `Question ${questionNumber}'s answer isn't one of the choices.`;
}

/**
 * The schema for a complete answer set: every item answered with one of its choices' scores.
 * Every problem is reported at once, each naming its question, so a form can show them together.
 */
export function answersSchema(instrument: Instrument) {
  const shape: Record<string, z.ZodType<number>> = {};
  for (const item of instrument.items) {
    const scores = new Set(optionsFor(instrument, item).map((option) => option.score));
    shape[item.id] = z
      .number({
        error: (issue) => (issue.input === undefined || issue.input === null ? unansweredMessage(item.number) : notAChoiceMessage(item.number)),
      })
      .refine((score) => scores.has(score), { message: notAChoiceMessage(item.number) });
  }
  return z.object(shape);
}

/** What a scored answer set means: total, band, caseness, and the items that need staff now. */
export interface ScoredResponse {
  total: number;
  band: SeverityBand;
  /** Whether the total is at or above the clinical cut-off. */
  caseness: boolean;
  /** Safety items answered above 0, in item order: staff are alerted whatever the total. */
  safetyFlags: string[];
}

/** The cut-off that applies: AUDIT-C's by sex, the cautious one when sex is not known. */
export function casenessCutOff(instrument: Instrument, sex: ScreeningSex | null = null): number {
  const cutOff = instrument.caseness;
  if (cutOff.kind === "fixed") return cutOff.atLeast;
  return sex === null ? cutOff.whenUnknown : cutOff.atLeast[sex];
}

/** Whether a total counts as a case for this instrument (and sex, where the cut-off needs it). */
export function isCase(instrument: Instrument, total: number, sex: ScreeningSex | null = null): boolean {
  return total >= casenessCutOff(instrument, sex);
}

/**
 * Scores an answer set that `answersSchema` accepted: the sum of item scores, its band, caseness
 * and safety flags. Throws on a set the schema would refuse, which is a programming error.
 */
export function scoreResponse(
  instrument: Instrument,
  answers: Answers,
  options: { sex?: ScreeningSex | null } = {},
): ScoredResponse {
  const parsed = answersSchema(instrument).parse(answers);
  const total = instrument.items.reduce((sum, item) => sum + (parsed[item.id] ?? 0), 0);
  const band = bandFor(instrument, total);
  if (band === null) throw new Error(`${instrument.shortName} total ${total} is outside its bands`);
  const safetyFlags = instrument.items
    .filter((item) => instrument.safetyItems.includes(item.id) && (parsed[item.id] ?? 0) > 0)
    .map((item) => item.id);
  return { total, band, caseness: isCase(instrument, total, options.sex ?? null), safetyFlags };
}
