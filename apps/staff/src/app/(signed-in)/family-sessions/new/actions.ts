"use server";

import { type ValuesFormState, formFailed, formStateFromError, submittedValues, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { chooseFamilySessionFormat, familySessionFormats } from "@stepwise/domain";
import { staffCaller } from "~/server/caller";

/** A number field: NaN when empty or not a number, so the schema says so in words. */
function numberField(value: string | undefined): number {
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
  const fields = textFields(form);
  const cutoffHours = numberField(fields.signUpCutoffHours);
  if (!Number.isFinite(cutoffHours)) {
    return refused(
      formFailed("Please check the highlighted fields.", { signUpCutoffHours: ["Give the cutoff in hours, for example 2 or 1.5."] }),
      form,
    );
  }
  const format = familySessionFormats.find((value) => value === fields.format);
  if (format === undefined) {
    return refused(formFailed("Please check the highlighted fields.", { format: [chooseFamilySessionFormat] }), form);
  }
  let sessionId: string;
  try {
    ({ sessionId } = await (await staffCaller()).familySessions.create({
      programId: fields.programId ?? "",
      format,
      // A client is chosen only for one family; for a group the choice is ignored.
      clientId: format === "single_family" ? (fields.clientId ?? "") : undefined,
      title: fields.title ?? "",
      date: fields.date ?? "",
      startTime: fields.startTime ?? "",
      endTime: fields.endTime ?? "",
      capacity: numberField(fields.capacity),
      signUpCutoffMinutes: Math.round(cutoffHours * 60),
      facilitatorStaffId: fields.facilitatorStaffId ?? "",
      location: fields.location,
      videoUrl: fields.videoUrl,
    }));
  } catch (error) {
    return refused(formStateFromError(error), form);
  }
  revalidatePath("/family-sessions");
  redirect(`/family-sessions/${sessionId}`);
}
