"use server";

import { refusalParts } from "@stepwise/domain";
import { type FormState, formFailed, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { portalCaller } from "~/server/caller";

/**
 * Accepts the invitation. With an existing family account only its password is sent; a new
 * account also chooses a password (typed twice) and a name. Passwords are never trimmed.
 */
export async function acceptInvitationAction(
  invitation: { token: string; hasAccount: boolean },
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const password = form.get("password");
  if (typeof password !== "string" || password === "") {
    return formFailed(invitation.hasAccount ? "Please enter your password." : "Please choose a password.", { password: ["Enter a password."] });
  }
  let displayName: string | undefined;
  if (!invitation.hasAccount) {
    if (password !== form.get("confirm")) {
      return formFailed("The two passwords are not the same.", { confirm: ["Type the same password again."] });
    }
    const name = form.get("displayName");
    displayName = typeof name === "string" && name.trim() !== "" ? name.trim() : undefined;
  }
  try {
    const { email } = await (await portalCaller()).invitation.accept({ token: invitation.token, password, displayName });
    return formSucceeded(`You've accepted. Sign in with ${email} and your password.`);
  } catch (error) {
    const state = formStateFromError(error);
    // The policy's reasons belong under the password field; anything else stays a message.
    const { lead, reasons } = refusalParts(state.message ?? "");
    return reasons.length > 0 ? formFailed(lead, { password: reasons }) : state;
  }
}
