"use server";

import type { ConsentExpiry, ConsentScope } from "@stepwise/domain";
import { formFailed, formStateFromError } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type ValuesFormState, submittedValues } from "~/components/family/form-values";
import { portalCaller } from "~/server/caller";

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** The end the client chose: a date, or the end of treatment. Only the missing choice is caught here. */
function expiryFrom(form: FormData): ConsentExpiry | { problem: string } {
  const end = text(form, "end");
  if (end === "event") return { kind: "event", event: "end_of_treatment" };
  if (end !== "date") return { problem: "Choose when sharing ends: on a date, or when your treatment here ends." };
  const on = text(form, "endDate");
  return on === "" ? { problem: "Choose the last day of sharing." } : { kind: "date", on };
}

/** Signs the consent; on success the family page says so. The API checks everything again. */
export async function grantConsentAction(familyMemberId: string, _previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const expiry = expiryFrom(form);
  if ("problem" in expiry) {
    return { ...formFailed("Please check the highlighted fields.", { expiry: [expiry.problem] }), values: submittedValues(form) };
  }
  try {
    await (await portalCaller()).family.grantConsent({
      familyMemberId,
      // Anything else than a known scope is refused by the schema, in words.
      scopes: form.getAll("scopes").map(String) as ConsentScope[],
      purpose: text(form, "purpose"),
      expiry,
      signedName: text(form, "signedName"),
    });
  } catch (error) {
    return { ...formStateFromError(error), values: submittedValues(form) };
  }
  revalidatePath("/family");
  redirect(`/family?shared=${encodeURIComponent(familyMemberId)}`);
}
