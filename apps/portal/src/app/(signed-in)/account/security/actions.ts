"use server";

import { type FormState, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import type { SetUpState, StartSetUpState } from "@stepwise/ui/second-factor";
import { portalCaller } from "~/server/caller";

const codeOf = (form: FormData) => ({ code: String(form.get("code") ?? "") });

/** A new secret for the app, from the button (never from loading the page): any waiting one is gone. */
export async function startSetUpAction(): Promise<StartSetUpState> {
  try {
    const { qrCodeSvg, secretForTyping } = await (await portalCaller()).secondFactor.startSetUp();
    return { ...formSucceeded("Add Stepwise to your authenticator app."), setUp: { qrCodeSvg, secretForTyping } };
  } catch (error) {
    return formStateFromError(error);
  }
}

/** The first code from the new app: the second factor is on from now, and the recovery codes come back this once. */
export async function confirmSetUpAction(_previous: SetUpState, form: FormData): Promise<SetUpState> {
  try {
    const { recoveryCodes } = await (await portalCaller()).secondFactor.confirmSetUp(codeOf(form));
    return { ...formSucceeded("Your authenticator app is set up."), recoveryCodes };
  } catch (error) {
    return formStateFromError(error);
  }
}

/** New recovery codes, with a current code; the old ones stop working. */
export async function newRecoveryCodesAction(_previous: SetUpState, form: FormData): Promise<SetUpState> {
  try {
    const { recoveryCodes } = await (await portalCaller()).secondFactor.newRecoveryCodes(codeOf(form));
    return { ...formSucceeded("Here are your new recovery codes. The old ones no longer work."), recoveryCodes };
  } catch (error) {
    return formStateFromError(error);
  }
}

/** Turns the second factor off, with a current code; the form then reloads the page, which says so. */
export async function turnOffAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    await (await portalCaller()).secondFactor.turnOff(codeOf(form));
  } catch (error) {
    return formStateFromError(error);
  }
  return formSucceeded("Your authenticator app is turned off. Signing in needs only your password now.");
}
