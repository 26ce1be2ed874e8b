"use client";

import { referralClosureReasons, referralClosureReasonWords } from "@stepwise/domain";
import { FieldError, FormMessage, initialFormState, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { closeReferralAction } from "~/app/(signed-in)/clients/[clientId]/actions";
import { LinesField } from "./text-field";
import { HiddenIds } from "./hidden-ids";

/** Closes a referral that never started: a reason from the list and an optional note, no plan. */
export function CloseReferralForm({ clientId, enrollmentId }: { clientId: string; enrollmentId: string }) {
  const [state, action] = useActionState(closeReferralAction, initialFormState);
  const reasonError = state.fieldErrors.reason ? "close-referral-reason-error" : undefined;
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <HiddenIds clientId={clientId} enrollmentId={enrollmentId} />
      <fieldset aria-describedby={reasonError}>
        <legend>Why the referral is closing</legend>
        {referralClosureReasons.map((reason, index) => (
          <div className="choice" key={reason}>
            <input type="radio" id={`close-referral-${reason}`} name="reason" value={reason} defaultChecked={index === 0} />
            <label htmlFor={`close-referral-${reason}`}>{referralClosureReasonWords[reason]}</label>
          </div>
        ))}
        <FieldError id="close-referral-reason-error" state={state} name="reason" />
      </fieldset>
      <LinesField id="close-referral-note" name="note" label="Note (optional)" hint="Kept with the status change, for staff only." state={state} />
      <SubmitButton pendingLabel="Closing…">Close the referral</SubmitButton>
    </form>
  );
}
