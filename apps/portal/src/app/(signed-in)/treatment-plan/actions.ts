"use server";

import { planKeySchema, planSignatureFormSchema } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, formSucceeded, submittedValues, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { portalCaller } from "~/server/caller";

/** "yes" and "no" from the form's radios; anything else is left for the schema to name as not chosen. */
function agreesFrom(value: string | undefined): boolean | undefined {
  if (value === "yes") return true;
  if (value === "no") return false;
  return undefined;
}

/**
 * Signs the plan version the form names. The whole form is checked at once by the domain's one
 * schema with the names this client may sign as, so a missing comment and a wrong name show in
 * one answer; the API checks everything again. On success the plan page says so.
 */
export async function signPlanAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  try {
    const api = await portalCaller();
    const { signatureNames } = await api.treatmentPlan.status();
    const parsed = planSignatureFormSchema({ signatureNames }).safeParse({
      versionId: fields.versionId ?? "",
      signedName: fields.signedName ?? "",
      agrees: agreesFrom(fields.agrees),
      comment: fields.comment,
    });
    if (!parsed.success) {
      return { ...formFailed("Please check these before signing.", z.flattenError(parsed.error).fieldErrors), values: submittedValues(form) };
    }
    await api.treatmentPlan.sign(parsed.data);
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form) };
  }
  revalidatePath("/treatment-plan");
  revalidatePath("/");
  redirect("/treatment-plan?signed=1");
}

/**
 * Shares one goal with family, or stops sharing it: the checkbox as sent is the choice. The
 * answer says what family members now see, beside the goal's own form.
 */
export async function shareGoalAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const goalKey = planKeySchema.safeParse(form.get("goalKey"));
  const shared = form.get("shared") === "on";
  if (!goalKey.success) return { ...formFailed("This goal isn't in your plan any more. Please open your plan again."), values: submittedValues(form) };
  try {
    const api = await portalCaller();
    await api.treatmentPlan.shareGoal({ goalKey: goalKey.data, shared });
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form) };
  }
  revalidatePath("/treatment-plan");
  return {
    ...formSucceeded(
      shared
        ? "Saved. Family members you share your plan summary with can now see this goal."
        : "Saved. This goal is no longer shared with family.",
    ),
    values: submittedValues(form),
  };
}
