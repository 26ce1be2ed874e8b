"use server";

import { type ValuesFormState, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";

function text(form: FormData, name: string): string | null {
  const value = form.get(name);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function refused(error: unknown, form: FormData): ValuesFormState {
  return { ...formStateFromError(error), values: submittedValues(form) };
}

function revalidate(form: FormData, sessionId: string) {
  revalidatePath(`/sessions/${sessionId}`);
  revalidatePath(`/sessions/${sessionId}/edit`);
  const programId = text(form, "programId");
  if (programId) revalidatePath(`/programs/${programId}`);
}

/** Changes this one session; its template and the other sessions stay as they are. */
export async function updateSessionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const sessionId = text(form, "sessionId") ?? "";
  try {
    await (await staffCaller()).sessions.update({
      sessionId,
      startTime: text(form, "startTime") ?? "",
      endTime: text(form, "endTime") ?? "",
      facilitatorStaffId: text(form, "facilitatorStaffId"),
      location: text(form, "location"),
      videoUrl: text(form, "videoUrl"),
    });
  } catch (error) {
    return refused(error, form);
  }
  revalidate(form, sessionId);
  return formSucceeded("This session was updated; the others are unchanged.");
}

/** Cancels this one session with a reason. */
export async function cancelSessionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const sessionId = text(form, "sessionId") ?? "";
  try {
    await (await staffCaller()).sessions.cancel({ sessionId, reason: text(form, "reason") ?? "" });
  } catch (error) {
    return refused(error, form);
  }
  revalidate(form, sessionId);
  return formSucceeded("This session was cancelled; the others are unchanged.");
}
