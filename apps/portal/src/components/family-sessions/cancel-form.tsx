"use client";

import { SubmitButton } from "@stepwise/ui/forms";
import { useFamilySessionAction } from "./family-session-actions";

/**
 * Gives up a seat or a waitlist place, in two taps: the first opens what will happen, the second
 * (a button that was not under the thumb) does it. The seat goes to the next person waiting.
 */
export function CancelForm({ signUpId, title, waitlisted }: { signUpId: string; title: string; waitlisted: boolean }) {
  const action = useFamilySessionAction();
  return (
    <details className="action-panel">
      <summary>
        {waitlisted ? "Leave the waitlist…" : "Cancel my sign-up…"}
        <span className="visually-hidden"> for {title}</span>
      </summary>
      <form action={action} className="stack">
        <p className="small">
          {waitlisted
            ? "You will lose your place in line. You can join the waitlist again later."
            : "Your seat goes to the next person waiting, and you may not get it back if the session fills up."}
        </p>
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="signUpId" value={signUpId} />
        <div>
          <SubmitButton pendingLabel="Cancelling…" quiet>
            {waitlisted ? "Yes, leave the waitlist" : "Yes, give up my seat"}
            <span className="visually-hidden"> for {title}</span>
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
