"use server";

import { type ConsentExpiry, consentGrantFormSchema } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, submittedValues, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { portalCaller } from "~/server/caller";

/** The end as the form gives it: a date (perhaps not chosen), the end of treatment, or nothing chosen yet. */
function expiryFrom(fields: Record<string, string | undefined>): Partial<ConsentExpiry> | undefined {
  if (fields.end === "event") return { kind: "event", event: "end_of_treatment" };
  if (fields.end === "date") return { kind: "date", on: fields.endDate };
  return undefined;
}

/**
 * Signs the consent; on success the family page says so. The whole form is checked at once by the
 * domain's one schema, with what the consent form knows of this client, so every problem shows
 * in one answer; the API checks everything again.
 */
export async function grantConsentAction(familyMemberId: string, _previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  try {
    const api = await portalCaller();
    const context = await api.family.consentForm({ familyMemberId });
    const parsed = consentGrantFormSchema(context).safeParse({
      familyMemberId,
      scopes: form.getAll("scopes").map(String),
      purpose: fields.purpose ?? "",
      expiry: expiryFrom(fields),
      signedName: fields.signedName ?? "",
    });
    if (!parsed.success) {
      return { ...formFailed("Please check these before signing.", z.flattenError(parsed.error).fieldErrors), values: submittedValues(form) };
    }
    await api.family.grantConsent(parsed.data);
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form) };
  }
  revalidatePath("/family");
  redirect(`/family?shared=${encodeURIComponent(familyMemberId)}`);
}
