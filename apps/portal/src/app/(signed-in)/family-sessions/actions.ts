"use server";

import { type FormState, formFailed, formStateFromError, formSucceeded } from "@stepwise/ui/form-state";
import { revalidatePath } from "next/cache";
import { portalCaller } from "~/server/caller";

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Signs up for a family session, or cancels a sign-up, and says plainly what happened. */
export async function familySessionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const intent = field(form, "intent");
  try {
    const api = await portalCaller();
    if (intent === "signUp") {
      const result = await api.familySessions.signUp({ sessionId: field(form, "sessionId"), clientId: field(form, "clientId") });
      revalidatePath("/family-sessions");
      return formSucceeded(
        result.status === "confirmed"
          ? "You're signed up. We look forward to seeing you there."
          : `This session is full, so you're on the waitlist: you're number ${result.waitlistPosition}. If a seat opens up, it's yours automatically: you'll see it here (and we'll send an email).`,
      );
    }
    if (intent === "cancel") {
      await api.familySessions.cancel({ signUpId: field(form, "signUpId") });
      revalidatePath("/family-sessions");
      return formSucceeded("Your sign-up is cancelled. Thank you for letting us know.");
    }
    return formFailed("Something in the request isn't right. Please try again.");
  } catch (error) {
    return formStateFromError(error);
  }
}
