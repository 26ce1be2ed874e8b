"use server";

import { type FormState, formSucceeded } from "@stepwise/ui/form-state";
import { passwordRefusal, typedPassword } from "@stepwise/ui/password-form";
import { portalCaller } from "~/server/caller";

/** Sets the first password from the link's token; a link that can't be used stays a message. */
export async function setPasswordAction(token: string, _previous: FormState, form: FormData): Promise<FormState> {
  const typed = typedPassword(form, "Please choose a password.");
  if ("refused" in typed) return typed.refused;
  try {
    await (await portalCaller()).account.setPassword({ token, password: typed.password });
    return formSucceeded("Your password is set. You can sign in now.");
  } catch (error) {
    return passwordRefusal(error);
  }
}
