"use server";

import { type FormState, formSucceeded } from "@stepwise/ui/form-state";
import { passwordRefusal, typedPassword } from "@stepwise/ui/password-form";
import { portalCaller } from "~/server/caller";

/** Sets the new password from the reset link's token; a link that can't be used stays a message. */
export async function resetPasswordAction(token: string, _previous: FormState, form: FormData): Promise<FormState> {
  const typed = typedPassword(form, "Please choose a new password.");
  if ("refused" in typed) return typed.refused;
  try {
    const { message } = await (await portalCaller()).account.resetPassword({ token, password: typed.password });
    return formSucceeded(message);
  } catch (error) {
    return passwordRefusal(error);
  }
}
