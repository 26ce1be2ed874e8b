"use server";

import { checkInSubmissionSchema, instruments } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { formatCalendarDate } from "@stepwise/ui/format";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";

/** The answers of a paper check-in form: each question's radio is named `answer.<question id>`. */
function answersOf(form: FormData): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("answer.") && typeof value === "string" && value !== "") answers[name.slice("answer.".length)] = Number(value);
  }
  return answers;
}

/**
 * A check-in the client filled in on paper, entered by staff for a due or expired check-in. The
 * answers are checked first with the same schema the API uses, so each question left out is named
 * beside it; then recorded as the client's own would be, a safety alert included.
 */
export async function recordPaperCheckInAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const clientId = String(form.get("clientId") ?? "");
  const values = submittedValues(form);
  const parsed = checkInSubmissionSchema.safeParse({
    instrument: form.get("instrument"),
    occasion: form.get("occasion"),
    dueOn: form.get("dueOn"),
    answers: answersOf(form),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const [first, itemId] = issue.path.map(String);
      const name = first === "answers" && itemId ? `answer.${itemId}` : (first ?? "form");
      (fieldErrors[name] ??= []).push(issue.message);
    }
    return { ...formFailed("Some questions still need an answer.", fieldErrors), values };
  }
  const input = parsed.data;
  let recorded: { total: number; bandKey: string; alertId: string | null };
  try {
    recorded = await (await staffCaller()).measures.record({ clientId, ...input });
  } catch (error) {
    return { ...formStateFromError(error), values };
  }
  revalidatePath(`/clients/${clientId}/measures`);
  revalidatePath(`/clients/${clientId}`);
  revalidatePath("/alerts");
  revalidatePath("/");
  const instrument = instruments[input.instrument];
  const band = instrument.bands.find((candidate) => candidate.key === recorded.bandKey)?.staffLabel ?? recorded.bandKey;
  const recordedWords = `The paper ${instrument.shortName} due ${formatCalendarDate(input.dueOn, "medium")} is recorded: total ${recorded.total}, ${band}.`;
  return formSucceeded(
    recorded.alertId
      ? `${recordedWords} It opened a safety alert, and the care team was told: it is at the top of this page.`
      : recordedWords,
  );
}
