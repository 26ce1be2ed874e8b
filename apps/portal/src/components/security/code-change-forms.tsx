"use client";

import { FieldError, FormMessage, SubmitButton, fieldAria, initialFormState } from "@stepwise/ui/forms";
import { RecoveryCodes, type SetUpState } from "@stepwise/ui/second-factor";
import { useActionState, useEffect, useId } from "react";
import { newRecoveryCodesAction, turnOffAction } from "~/app/(signed-in)/account/security/actions";

/** The current code from the app, which every change to it asks for. */
function CodeField({ state, idPrefix }: { state: SetUpState; idPrefix: string }) {
  const [inputId, hintId, errorId] = [`${idPrefix}-code`, `${idPrefix}-hint`, `${idPrefix}-error`];
  return (
    <div className="field">
      <label htmlFor={inputId}>6-digit code from your app</label>
      <p id={hintId} className="field-hint">
        So we know it&apos;s you, enter the code your authenticator app shows now.
      </p>
      <input
        id={inputId}
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        className="code-input"
        required
        {...fieldAria(state, "code", errorId, hintId)}
      />
      <FieldError id={errorId} state={state} name="code" />
    </div>
  );
}

export function NewRecoveryCodesForm() {
  const [state, action] = useActionState(newRecoveryCodesAction, initialFormState as SetUpState);
  const id = useId();
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} continueHref="/account/security" continueLabel="Done" />;
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <CodeField state={state} idPrefix={id} />
      <div>
        <SubmitButton pendingLabel="Making new codes…" quiet>
          Make new recovery codes
        </SubmitButton>
      </div>
    </form>
  );
}

/** Turning it off: behind a fold, with what it means said first. */
export function TurnOffForm() {
  const [state, action] = useActionState(turnOffAction, initialFormState);
  const id = useId();
  useEffect(() => {
    // The whole page changes (off now): load it afresh, with the words of what happened.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    if (state.status === "ok") window.location.assign("/account/security?turnedOff=1");
  }, [state]);
  if (state.status === "ok") return <FormMessage state={state} />;
  return (
    <details className="action-panel">
      <summary>Turn off the authenticator app</summary>
      <form action={action} className="form" noValidate>
        <FormMessage state={state} />
        <p id={`${id}-consequence`}>Signing in will need only your password again, and your recovery codes will stop working.</p>
        <CodeField state={state} idPrefix={id} />
        <div>
          <SubmitButton pendingLabel="Turning off…" describedBy={`${id}-consequence`}>
            Yes, turn it off
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
