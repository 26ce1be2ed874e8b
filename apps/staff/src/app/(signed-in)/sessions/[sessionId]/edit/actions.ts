"use server";

import { type ValuesFormState, formStateFromError, formSucceeded, submittedValues, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";

function refused(error: unknown, form: FormData): ValuesFormState {
  return { ...formStateFromError(error), values: submittedValues(form) };
}

function revalidate(programId: string | undefined, sessionId: string) {
  revalidatePath(`/sessions/${sessionId}`);
  revalidatePath(`/sessions/${sessionId}/edit`);
  if (programId) revalidatePath(`/programs/${programId}`);
}

/** Changes this one session; its template and the other sessions stay as they are. */
export async function updateSessionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const sessionId = fields.sessionId ?? "";
  try {
    await (await staffCaller()).sessions.update({
      sessionId,
      startTime: fields.startTime ?? "",
      endTime: fields.endTime ?? "",
      // An empty field clears the value: the edit schema takes null for "none", not a missing key.
      facilitatorStaffId: fields.facilitatorStaffId ?? null,
      location: fields.location ?? null,
      videoUrl: fields.videoUrl ?? null,
    });
  } catch (error) {
    return refused(error, form);
  }
  revalidate(fields.programId, sessionId);
  return formSucceeded("This session was updated; the others are unchanged.");
}

/** Cancels this one session with a reason. */
export async function cancelSessionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const sessionId = fields.sessionId ?? "";
  try {
    await (await staffCaller()).sessions.cancel({ sessionId, reason: fields.reason ?? "" });
  } catch (error) {
    return refused(error, form);
  }
  revalidate(fields.programId, sessionId);
  return formSucceeded("This session was cancelled; the others are unchanged.");
}
