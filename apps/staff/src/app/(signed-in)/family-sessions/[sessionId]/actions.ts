"use server";

import { type ValuesFormState, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";

/** Calls the session off with a reason; everyone signed up or waiting is told by mail. */
export async function cancelFamilySessionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const sessionId = String(form.get("sessionId") ?? "");
  let notified: number;
  try {
    ({ notified } = await (await staffCaller()).familySessions.cancel({ sessionId, reason: String(form.get("reason") ?? "") }));
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form) };
  }
  revalidatePath(`/family-sessions/${sessionId}`);
  revalidatePath("/family-sessions");
  return formSucceeded(
    notified === 0
      ? "The session was cancelled. Nobody needed to be emailed."
      : `The session was cancelled, and ${notified === 1 ? "the 1 person" : `the ${notified} people`} signed up or waiting will be emailed.`,
  );
}
