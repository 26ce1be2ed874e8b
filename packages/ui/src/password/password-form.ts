import { refusalParts } from "@stepwise/domain";
import { type FormState, formFailed, formStateFromError } from "../forms/form-state";

/**
 * The password a form typed twice, or the form's answer when it is missing or the two differ.
 * Passwords are never trimmed: spaces count.
 */
export function typedPassword(form: FormData, missing: string): { password: string } | { refused: FormState } {
  const password = form.get("password");
  if (typeof password !== "string" || password === "") return { refused: formFailed(missing, { password: ["Enter a password."] }) };
  if (password !== form.get("confirm")) {
    return { refused: formFailed("The two passwords are not the same.", { confirm: ["Type the same password again."] }) };
  }
  return { password };
}

/** What the API refused: the password policy's reasons go under the password field; anything else stays a message. */
export function passwordRefusal(error: unknown): FormState {
  const state = formStateFromError(error);
  const { lead, reasons } = refusalParts(state.message ?? "");
  return reasons.length > 0 ? formFailed(lead, { password: reasons }) : state;
}
