"use server";

import { type FormState, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import type { SetUpState, StartSetUpState } from "@stepwise/ui/second-factor";
import { staffCaller } from "~/server/caller";

/** A new secret for the app, from the button (never from loading the page): any waiting one is gone. */
export async function startSetUpAction(): Promise<StartSetUpState> {
  try {
    const { qrCodeSvg, secretForTyping } = await (await staffCaller()).secondFactor.startSetUp();
    return { ...formSucceeded("Add Stepwise to your authenticator app."), setUp: { qrCodeSvg, secretForTyping } };
  } catch (error) {
    return formStateFromError(error);
  }
}

/** The first code from the new app: it is on from now, and the recovery codes come back this once. */
export async function confirmSetUpAction(_previous: SetUpState, form: FormData): Promise<SetUpState> {
  try {
    const { recoveryCodes } = await (await staffCaller()).secondFactor.confirmSetUp({ code: String(form.get("code") ?? "") });
    return { ...formSucceeded("Your authenticator app is set up."), recoveryCodes };
  } catch (error) {
    return formStateFromError(error);
  }
}

/** The code step of signing in: a code from the app or a recovery code; answered ok once it is right (the form goes on). */
export async function verifyAction(_previous: FormState, form: FormData): Promise<FormState> {
  const method = form.get("method") === "recovery_code" ? "recovery_code" : "app";
  try {
    await (await staffCaller()).secondFactor.verify({ method, code: String(form.get("code") ?? "") });
  } catch (error) {
    return formStateFromError(error);
  }
  return formSucceeded("That's right. Opening your account…");
}
