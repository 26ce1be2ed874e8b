"use server";

import { refusalParts } from "@stepwise/domain";
import { type FormState, formFailed, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { portalCaller } from "~/server/caller";

/**
 * Accepts the invitation. The server decides what the password is for: the password of the
 * family account this address already has, or a new account's (typed twice here, with a name).
 * Passwords are never trimmed.
 */
export async function acceptInvitationAction(token: string, _previous: FormState, form: FormData): Promise<FormState> {
  const password = form.get("password");
  if (typeof password !== "string" || password === "") {
    return formFailed("Please enter a password.", { password: ["Enter a password."] });
  }
  if (password !== form.get("confirm")) {
    return formFailed("The two passwords are not the same.", { confirm: ["Type the same password again."] });
  }
  const name = form.get("displayName");
  const displayName = typeof name === "string" && name.trim() !== "" ? name.trim() : undefined;
  try {
    const { email } = await (await portalCaller()).invitation.accept({ token, password, displayName });
    return formSucceeded(`You've accepted. Sign in with ${email} and your password.`);
  } catch (error) {
    const state = formStateFromError(error);
    // The policy's reasons belong under the password field; anything else stays a message.
    const { lead, reasons } = refusalParts(state.message ?? "");
    return reasons.length > 0 ? formFailed(lead, { password: reasons }) : state;
  }
}
