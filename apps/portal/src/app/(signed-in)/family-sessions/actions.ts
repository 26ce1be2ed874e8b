"use server";

import { type FormState, formFailed, formStateFromError, formSucceeded, textFields } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { portalCaller } from "~/server/caller";

/** Signs up for a family session, or cancels a sign-up, and says plainly what happened. */
export async function familySessionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { intent, sessionId = "", clientId = "", signUpId = "" } = textFields(form);
  try {
    const api = await portalCaller();
    if (intent === "signUp") {
      const result = await api.familySessions.signUp({ sessionId, clientId });
      revalidatePath("/family-sessions");
      return formSucceeded(
        result.status === "confirmed"
          ? "You're signed up. We look forward to seeing you there."
          : `This session is full, so you're on the waitlist: you're number ${result.waitlistPosition}. If a seat opens up, it's yours automatically: you'll see it here (and we'll send an email).`,
      );
    }
    if (intent === "cancel") {
      await api.familySessions.cancelSignUp({ signUpId });
      revalidatePath("/family-sessions");
      return formSucceeded("Your sign-up is cancelled. Thank you for letting us know.");
    }
    return formFailed("Something in the request isn't right. Please try again.");
  } catch (error) {
    return formStateFromError(error);
  }
}
