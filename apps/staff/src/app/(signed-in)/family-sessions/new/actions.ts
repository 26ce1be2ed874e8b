"use server";

import { type ValuesFormState, formFailed, formStateFromError, submittedValues } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { chooseFamilySessionFormat, familySessionFormats } from "@stepwise/domain";
import { staffCaller } from "~/server/caller";

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A number field: NaN when empty or not a number, so the schema says so in words. */
function numberField(form: FormData, name: string): number {
  const value = text(form, name);
  return value === undefined ? Number.NaN : Number(value);
}

function refused(state: ReturnType<typeof formStateFromError>, form: FormData): ValuesFormState {
  // The form asks for the cutoff in hours; the API's messages about it belong beside that field.
  const { signUpCutoffMinutes, ...fieldErrors } = state.fieldErrors;
  return {
    ...state,
    fieldErrors: signUpCutoffMinutes ? { ...fieldErrors, signUpCutoffHours: signUpCutoffMinutes } : fieldErrors,
    values: submittedValues(form),
  };
}

/** Schedules the session, then opens it; a refusal keeps everything as typed. */
export async function createFamilySessionAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const cutoffHours = numberField(form, "signUpCutoffHours");
  if (!Number.isFinite(cutoffHours)) {
    return refused(
      formFailed("Please check the highlighted fields.", { signUpCutoffHours: ["Give the cutoff in hours, for example 2 or 1.5."] }),
      form,
    );
  }
  const chosen = text(form, "format");
  const format = familySessionFormats.find((value) => value === chosen);
  if (format === undefined) {
    return refused(formFailed("Please check the highlighted fields.", { format: [chooseFamilySessionFormat] }), form);
  }
  let sessionId: string;
  try {
    ({ sessionId } = await (await staffCaller()).familySessions.create({
      programId: text(form, "programId") ?? "",
      format,
      // A client is chosen only for one family; for a group the choice is ignored.
      clientId: format === "single_family" ? (text(form, "clientId") ?? "") : undefined,
      title: text(form, "title") ?? "",
      date: text(form, "date") ?? "",
      startTime: text(form, "startTime") ?? "",
      endTime: text(form, "endTime") ?? "",
      capacity: numberField(form, "capacity"),
      signUpCutoffMinutes: Math.round(cutoffHours * 60),
      facilitatorStaffId: text(form, "facilitatorStaffId") ?? "",
      location: text(form, "location"),
      videoUrl: text(form, "videoUrl"),
    }));
  } catch (error) {
    return refused(formStateFromError(error), form);
  }
  revalidatePath("/family-sessions");
  redirect(`/family-sessions/${sessionId}`);
}
