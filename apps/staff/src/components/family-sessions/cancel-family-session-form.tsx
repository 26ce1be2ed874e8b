"use client";

import { FieldError, FormMessage, SubmitButton, fieldAria } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";
import { cancelFamilySessionAction } from "~/app/(signed-in)/family-sessions/[sessionId]/actions";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

/** Calls off the whole session; the reason stays with it, for staff. */
export function CancelFamilySessionForm({ sessionId, toNotify }: { sessionId: string; toNotify: number }) {
  const [state, formAction] = useActionState(cancelFamilySessionAction, initial);
  const describedBy = state.fieldErrors.reason ? "cancel-family-reason-hint cancel-family-reason-error" : "cancel-family-reason-hint";
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={{ reason: "Reason" }} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <p>
        {toNotify === 0
          ? "Nobody will get an email about it."
          : `${toNotify === 1 ? "The 1 person" : `The ${toNotify} people`} signed up or waiting will get an email that the session on that day and time is cancelled, with nothing else about it and not the reason.`}
      </p>
      <div className="field">
        <label htmlFor="cancel-family-reason">Reason</label>
        <p className="field-hint" id="cancel-family-reason-hint">
          For staff. For example: facilitator ill, building closed.
        </p>
        <input
          id="cancel-family-reason"
          name="reason"
          required
          defaultValue={shown(state, "reason", "")}
          {...fieldAria(state, "reason", "cancel-family-reason-error")}
          aria-describedby={describedBy}
        />
        <FieldError id="cancel-family-reason-error" state={state} name="reason" />
      </div>
      <div>
        <SubmitButton pendingLabel="Cancelling…" quiet>
          Cancel this family session
        </SubmitButton>
      </div>
    </form>
  );
}
