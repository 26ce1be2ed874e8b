"use client";

import { codeFieldWords } from "@stepwise/domain";
import { FormMessage, SubmitButton, initialFormState, useFocusFirstProblem } from "@stepwise/ui/forms";
import { CodeField, RecoveryCodes, type SetUpState } from "@stepwise/ui/second-factor";
import { useActionState, useEffect, useId } from "react";
import { newRecoveryCodesAction, turnOffAction } from "~/app/(signed-in)/account/security/actions";

/** Every change to the app asks for its current code. */
const codeLabel = `${codeFieldWords.appLabel} from your app`;
const codeHint = "So we know it's you, enter the code your authenticator app shows now.";

export function NewRecoveryCodesForm() {
  const [state, action] = useActionState(newRecoveryCodesAction, initialFormState as SetUpState);
  const form = useFocusFirstProblem(state);
  // The new codes replace the form, and move focus to their heading.
  if (state.recoveryCodes) return <RecoveryCodes codes={state.recoveryCodes} continueHref="/account/security" continueLabel="Done" />;
  return (
    <form ref={form} action={action} className="form" noValidate>
      <FormMessage state={state} />
      <CodeField state={state} method="app" label={codeLabel} hint={codeHint} />
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
  const form = useFocusFirstProblem(state);
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
      <form ref={form} action={action} className="form" noValidate>
        <FormMessage state={state} />
        <p id={`${id}-consequence`}>Signing in will need only your password again, and your recovery codes will stop working.</p>
        <CodeField state={state} method="app" label={codeLabel} hint={codeHint} />
        <div>
          <SubmitButton pendingLabel="Turning off…" describedBy={`${id}-consequence`}>
            Yes, turn it off
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
