"use server";

import { type FormState, formSucceeded, textFields } from "@stepwise/ui/form-state";
import { passwordRefusal, typedPassword } from "@stepwise/ui/password-form";
import { portalCaller } from "~/server/caller";

/**
 * Accepts the invitation. The server decides what the password is for: the password of the
 * family account this address already has, or a new account's (with the name typed here).
 */
export async function acceptInvitationAction(token: string, _previous: FormState, form: FormData): Promise<FormState> {
  const typed = typedPassword(form, "Please enter a password.");
  if ("refused" in typed) return typed.refused;
  const { displayName } = textFields(form);
  try {
    const { email } = await (await portalCaller()).invitation.accept({ token, password: typed.password, displayName });
    return formSucceeded(`You've accepted. Sign in with ${email} and your password.`);
  } catch (error) {
    return passwordRefusal(error);
  }
}
