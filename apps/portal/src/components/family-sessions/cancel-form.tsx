"use client";

import { SubmitButton } from "@stepwise/ui/forms";
import { useFamilySessionAction } from "./family-session-actions";

/** Gives up a seat or a waitlist place; the seat goes to the next person waiting. */
export function CancelForm({ signUpId, title, waitlisted }: { signUpId: string; title: string; waitlisted: boolean }) {
  const action = useFamilySessionAction();
  return (
    <form action={action}>
      <input type="hidden" name="intent" value="cancel" />
      <input type="hidden" name="signUpId" value={signUpId} />
      <SubmitButton pendingLabel="Cancelling…" quiet>
        {waitlisted ? "Leave the waitlist" : "Cancel my sign-up"}
        <span className="visually-hidden"> for {title}</span>
      </SubmitButton>
    </form>
  );
}
