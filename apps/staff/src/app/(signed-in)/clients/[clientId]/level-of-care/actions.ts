"use server";

import { type RecommendedLevel, locAssessmentInputSchema, locDecisionInputSchema, locDimensions } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, formSucceeded, submittedValues } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { recommendedLevelLabel } from "~/components/level-of-care/level-words";
import { staffCaller } from "~/server/caller";

/** Field errors by the form's own names: each rating's radios are named `rating.<dimension>`. */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [first, second] = issue.path.map(String);
    const name = first === "ratings" && second ? `rating.${second}` : (first ?? "form");
    (fieldErrors[name] ??= []).push(issue.message);
  }
  return fieldErrors;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/**
 * A clinician's ratings of the seven dimensions. Checked first with the schema the API uses, so
 * each dimension left unrated is named beside it; then the API recommends a level with its reasons,
 * which the page shows first. Nothing changes level here.
 */
export async function assessLevelOfCareAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const clientId = text(form, "clientId");
  const values = submittedValues(form);
  const ratings: Record<string, number | undefined> = {};
  for (const dimension of locDimensions) {
    const value = text(form, `rating.${dimension}`);
    ratings[dimension] = value === "" ? undefined : Number(value);
  }
  const parsed = locAssessmentInputSchema.safeParse({
    ratings,
    inpatientDischargeOn: text(form, "inpatientDischargeOn") || undefined,
    note: text(form, "note") || undefined,
  });
  if (!parsed.success) return { ...formFailed("Some dimensions still need a rating.", fieldErrorsOf(parsed.error)), values };
  let recommended: RecommendedLevel;
  try {
    ({ recommended } = await (await staffCaller()).levelOfCare.assess({ clientId, ...parsed.data }));
  } catch (error) {
    return { ...formStateFromError(error), values };
  }
  revalidatePath(`/clients/${clientId}/level-of-care`);
  revalidatePath(`/clients/${clientId}/review-packet`);
  return formSucceeded(`Assessment saved. Recommended: ${recommendedLevelLabel(recommended)}. Confirm or decline it at the top of this page.`);
}

/**
 * A clinician confirms or declines a recommendation, with why. Confirming a different level goes on
 * to the record's level-change form with that destination chosen: the change itself, with its date
 * and reason, is made there as any other.
 */
export async function decideLevelOfCareAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const clientId = text(form, "clientId");
  const assessmentId = text(form, "assessmentId");
  const values = submittedValues(form);
  const parsed = locDecisionInputSchema.safeParse({ decision: form.get("decision") ?? undefined, reason: text(form, "reason") });
  if (!parsed.success) return { ...formFailed("Please check the highlighted fields.", fieldErrorsOf(parsed.error)), values };
  let decided: { levelChange: { enrollmentId: string; to: string } | null };
  try {
    decided = await (await staffCaller()).levelOfCare.decide({ clientId, assessmentId, ...parsed.data });
  } catch (error) {
    return { ...formStateFromError(error), values };
  }
  revalidatePath(`/clients/${clientId}/level-of-care`);
  revalidatePath(`/clients/${clientId}/review-packet`);
  // A confirmed change of level is made on the level-change form, prefilled; the decision is already recorded.
  if (decided.levelChange) {
    redirect(`/clients/${clientId}?to=${encodeURIComponent(decided.levelChange.to)}#change-level`);
  }
  return formSucceeded(
    parsed.data.decision === "confirm" ? "Confirmed. The recommendation is the current level, so nothing changes." : "Declined. The level stays as it is.",
  );
}
