"use server";

import { type ValuesFormState, formStateFromError, formSucceeded, submittedValues, textFields } from "@stepwise/ui/form-state";
import { portalCaller } from "~/server/caller";

/** Asks for a reset link; the answer is the same whether or not an account uses the address. */
export async function requestPasswordResetAction(_previous: ValuesFormState, form: FormData): Promise<ValuesFormState> {
  const values = submittedValues(form);
  try {
    const { message } = await (await portalCaller()).account.requestPasswordReset({ email: textFields(form).email ?? "" });
    return { ...formSucceeded(message), values };
  } catch (error) {
    return { ...formStateFromError(error), values };
  }
}
