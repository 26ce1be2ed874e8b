"use client";

import { codeFieldWords } from "@stepwise/domain";
import { type FormState, FormMessage, SubmitButton, initialFormState, useFocusFirstProblem, useFocusOnArrival } from "@stepwise/ui/forms";
import { CodeField } from "@stepwise/ui/second-factor";
import { useActionState, useId } from "react";
import { resetSecondFactorAction } from "~/app/(signed-in)/staff-accounts/actions";

/**
 * Resetting a colleague's authenticator app, in two steps: open the reset, read what it does, then
 * confirm with a current code from one's own app. Never one tap: it signs them out everywhere.
 */
export function ResetSecondFactorForm({ staffMemberId, name, hasApp }: { staffMemberId: string; name: string; hasApp: boolean }) {
  const [state, action] = useActionState(resetSecondFactorAction, initialFormState);
  const form = useFocusFirstProblem(state);
  const consequenceId = useId();
  // Kept after the reset (the page refreshes under it), so the confirmation stays in view.
  if (state.status === "ok") return <ResetDone state={state} />;
  if (!hasApp) return <span className="muted">Set up at their next sign-in</span>;
  return (
    <details className="action-panel">
      <summary>Reset authenticator app</summary>
      <form ref={form} action={action} className="form" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="staffMemberId" value={staffMemberId} />
        <p id={consequenceId}>
          Only do this when {name} has lost their phone and their recovery codes. They&apos;ll be signed out everywhere at once,
          and asked to set up a new authenticator app the next time they sign in.
        </p>
        <CodeField state={state} method="app" label={`${codeFieldWords.appLabel} from your app`} hint="So we know it's you, enter the code your own authenticator app shows now." />
        <SubmitButton pendingLabel="Resetting…" describedBy={consequenceId}>
          {`Yes, reset ${name}'s authenticator app`}
        </SubmitButton>
      </form>
    </details>
  );
}

/** The confirmation, in place of the form that is gone: focus moves to it. */
function ResetDone({ state }: { state: FormState }) {
  const message = useFocusOnArrival<HTMLDivElement>();
  return (
    <div ref={message} tabIndex={-1}>
      <FormMessage state={state} />
    </div>
  );
}
