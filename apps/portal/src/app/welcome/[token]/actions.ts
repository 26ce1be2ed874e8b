"use server";

import { refusalParts } from "@stepwise/domain";
import { type FormState, formFailed, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { portalCaller } from "~/server/caller";

/** Sets the first password from the link's token. The password is never trimmed: spaces count. */
export async function setPasswordAction(token: string, _previous: FormState, form: FormData): Promise<FormState> {
  const password = form.get("password");
  const confirm = form.get("confirm");
  if (typeof password !== "string" || password === "") {
    return formFailed("Please choose a password.", { password: ["Enter a password."] });
  }
  if (password !== confirm) {
    return formFailed("The two passwords are not the same.", { confirm: ["Type the same password again."] });
  }
  try {
    await (await portalCaller()).account.setPassword({ token, password });
    return formSucceeded("Your password is set. You can sign in now.");
  } catch (error) {
    const state = formStateFromError(error);
    // The policy's reasons belong under the password field; a link that can't be used stays a message.
    const { lead, reasons } = refusalParts(state.message ?? "");
    return reasons.length > 0 ? formFailed(lead, { password: reasons }) : state;
  }
}
