"use server";

import { type FormState, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { staffCaller } from "~/server/caller";

/** Resets a colleague's authenticator app, with a current code from one's own: they are signed out everywhere and set up a new one next time. */
export async function resetSecondFactorAction(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    const { name } = await (await staffCaller()).staffAccounts.resetSecondFactor({
      staffMemberId: String(form.get("staffMemberId") ?? ""),
      code: String(form.get("code") ?? ""),
    });
    revalidatePath("/staff-accounts");
    return formSucceeded(`${name}'s authenticator app was reset. They've been signed out, and will set up a new app when they next sign in.`);
  } catch (error) {
    return formStateFromError(error);
  }
}
