"use server";

import { clientContactInputSchema } from "@stepwise/domain";
import { type FormState, formFailed, formStateFromError, formSucceeded, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";

/** Saves the contact card's form; the domain's schema checks every field at once, the API again. */
export async function updateContactAction(_previous: FormState, form: FormData): Promise<FormState> {
  const fields = textFields(form);
  const clientId = fields.clientId ?? "";
  const emergency = { name: fields["emergencyContact.name"], relationship: fields["emergencyContact.relationship"], phone: fields["emergencyContact.phone"] };
  const hasEmergencyContact = Object.values(emergency).some((value) => value !== undefined);
  const parsed = clientContactInputSchema.safeParse({
    phone: fields.phone ?? null,
    email: fields.email ?? null,
    emergencyContact: hasEmergencyContact ? { name: emergency.name ?? "", relationship: emergency.relationship ?? null, phone: emergency.phone ?? "" } : null,
  });
  if (!parsed.success) {
    const fieldErrors: FormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const name = issue.path.join(".");
      fieldErrors[name] = [...(fieldErrors[name] ?? []), issue.message];
    }
    return formFailed("Please check the contact details.", fieldErrors);
  }
  try {
    await (await staffCaller()).clients.updateContact({ clientId, ...parsed.data });
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/clients/${clientId}`);
  revalidatePath(`/clients/${clientId}/contact`);
  return formSucceeded("Contact details saved.");
}
