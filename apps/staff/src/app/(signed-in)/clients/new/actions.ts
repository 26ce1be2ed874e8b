"use server";

import { type FormState, formStateFromError, formSucceeded, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";
import { portalAddress } from "~/server/portal-address";

export type IntakeState = FormState & {
  created: { clientId: string; name: string; setupLink: { path: string; expiresAt: Date } | null; timeZone: string } | null;
};

/** Creates the client with their referral; the setup link comes back once, to be shown once. */
export async function createClientAction(_previous: IntakeState, form: FormData): Promise<IntakeState> {
  const fields = textFields(form);
  try {
    const created = await (await staffCaller()).clients.create({
      firstName: fields.firstName ?? "",
      lastName: fields.lastName ?? "",
      preferredName: fields.preferredName,
      dateOfBirth: fields.dateOfBirth ?? "",
      email: fields.email,
      programId: fields.programId ?? "",
      plannedStartOn: fields.plannedStartOn ?? "",
    });
    revalidatePath("/");
    const setupLink = created.setupLink ? { ...created.setupLink, path: portalAddress(created.setupLink.path) } : null;
    return { ...formSucceeded(`${created.name} was added and referred.`), created: { ...created, setupLink } };
  } catch (error) {
    return { ...formStateFromError(error), created: null };
  }
}
