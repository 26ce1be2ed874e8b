import type { CheckInKeyInput } from "@stepwise/domain";

/** Answers by question id, each the score of the choice picked. */
export type CheckInAnswers = Record<string, number>;

/**
 * What the check-in form shows after a button: answers kept ("saved"), or a refusal with each
 * question's message beside it; the answers given stay picked either way.
 */
export type CheckInFormState = {
  status: "idle" | "saved" | "refused";
  message: string | null;
  /** The message for each question with a problem, by question id. */
  questionErrors: Record<string, string>;
  /** The answers as last submitted; null until the form has been sent once. */
  answers: CheckInAnswers | null;
};

export const initialCheckInFormState: CheckInFormState = { status: "idle", message: null, questionErrors: {}, answers: null };

/** What sending a check-in answered, carried to its result page. */
export type CheckInResult = { words: string; sinceYouStarted: string | null; needsSupportNow: boolean };

/** The address of one check-in's page. */
export function checkInPath(key: CheckInKeyInput): string {
  return `/check-ins/${key.instrument}/${key.occasion}/${key.dueOn}`;
}
