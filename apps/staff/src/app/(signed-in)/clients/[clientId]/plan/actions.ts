"use server";

import { planVersionInputSchema, planVersionReasons } from "@stepwise/domain";
import { type FormState, type ValuesFormState, formFailed, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { formatCalendarDate } from "@stepwise/ui/format";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffCaller } from "~/server/caller";

function revalidatePlan(clientId: string): void {
  revalidatePath(`/clients/${clientId}/plan`);
  revalidatePath(`/clients/${clientId}`);
}

/** The care team's signature on the current version, as the signed-in staff member. */
export async function signPlanAction(_previous: FormState, form: FormData): Promise<FormState> {
  const clientId = String(form.get("clientId") ?? "");
  const versionId = String(form.get("versionId") ?? "");
  try {
    await (await staffCaller()).plans.sign({ clientId, versionId });
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePlan(clientId);
  return formSucceeded("You signed this version for the care team. The client can now read it and sign it in the portal.");
}

/** A clinician-marked objective marked met, today in the program's calendar. Never undone here. */
export async function markObjectiveMetAction(_previous: FormState, form: FormData): Promise<FormState> {
  const clientId = String(form.get("clientId") ?? "");
  const objectiveKey = String(form.get("objectiveKey") ?? "");
  let marked: { metOn: string; alreadyMarked: boolean };
  try {
    marked = await (await staffCaller()).plans.markObjectiveMet({ clientId, objectiveKey });
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePlan(clientId);
  return formSucceeded(
    marked.alreadyMarked
      ? "This objective was already marked met."
      : `The objective is marked met on ${formatCalendarDate(marked.metOn, "medium")}.`,
  );
}

/**
 * A new version of the plan. The editor sends the content as JSON (its rows are managed in the
 * browser); it is checked here with the schema the API uses, each issue named by its path
 * ("content.goals.0.clientWords") so the editor shows it beside its field. Saved, the plan page
 * says so.
 */
export async function writePlanAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const clientId = String(form.get("clientId") ?? "");
  const values = submittedValues(form);
  let content: unknown;
  try {
    content = JSON.parse(String(form.get("content") ?? ""));
  } catch {
    return { ...formFailed("The plan couldn't be read from the form. Please turn on JavaScript and try again."), values };
  }
  const reasonField = String(form.get("reason") ?? "");
  const summary = String(form.get("changeSummary") ?? "").trim();
  const parsed = planVersionInputSchema.safeParse({
    enrollmentId: form.get("enrollmentId"),
    reason: (planVersionReasons as readonly string[]).includes(reasonField) ? reasonField : undefined,
    content,
    changeSummary: summary === "" ? undefined : summary,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
      (fieldErrors[name] ??= []).push(issue.message);
    }
    return { ...formFailed("Some parts of the plan need another look.", fieldErrors), values };
  }
  let written: { versionId: string; version: number };
  try {
    written = await (await staffCaller()).plans.write(parsed.data);
  } catch (error) {
    return { ...formStateFromError(error), values };
  }
  revalidatePlan(clientId);
  redirect(`/clients/${clientId}/plan?saved=${written.version}`);
}
