"use server";

import { type FormState, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { portalCaller } from "~/server/caller";

/** The code step of signing in: a code from the app or a recovery code; answered ok once it is right (the form goes on). */
export async function verifyAction(_previous: FormState, form: FormData): Promise<FormState> {
  const method = form.get("method") === "recovery_code" ? "recovery_code" : "app";
  try {
    await (await portalCaller()).secondFactor.verify({ method, code: String(form.get("code") ?? "") });
  } catch (error) {
    return formStateFromError(error);
  }
  return formSucceeded("That's right. Opening your account…");
}
