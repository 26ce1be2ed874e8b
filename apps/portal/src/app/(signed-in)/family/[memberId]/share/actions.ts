"use server";

import type { ConsentExpiry, ConsentScope } from "@stepwise/domain";
import { type ValuesFormState, formFailed, formStateFromError, submittedValues, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { portalCaller } from "~/server/caller";

/** The end the client chose: a date, or the end of treatment. Only the missing choice is caught here. */
function expiryFrom(fields: Record<string, string | undefined>): ConsentExpiry | { problem: string } {
  if (fields.end === "event") return { kind: "event", event: "end_of_treatment" };
  if (fields.end !== "date") return { problem: "Choose when sharing ends: on a date, or when your treatment here ends." };
  return fields.endDate ? { kind: "date", on: fields.endDate } : { problem: "Choose the last day of sharing." };
}

/** Signs the consent; on success the family page says so. The API checks everything again. */
export async function grantConsentAction(familyMemberId: string, _previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const fields = textFields(form);
  const expiry = expiryFrom(fields);
  if ("problem" in expiry) {
    return { ...formFailed("Please check the highlighted fields.", { expiry: [expiry.problem] }), values: submittedValues(form) };
  }
  try {
    await (await portalCaller()).family.grantConsent({
      familyMemberId,
      // Anything else than a known scope is refused by the schema, in words.
      scopes: form.getAll("scopes").map(String) as ConsentScope[],
      purpose: fields.purpose ?? "",
      expiry,
      signedName: fields.signedName ?? "",
    });
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form) };
  }
  revalidatePath("/family");
  redirect(`/family?shared=${encodeURIComponent(familyMemberId)}`);
}
