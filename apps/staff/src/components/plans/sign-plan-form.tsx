"use client";

import { FormMessage, SubmitButton, initialFormState, useFocusAnswer } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { signPlanAction } from "~/app/(signed-in)/clients/[clientId]/plan/actions";

/**
 * "Sign for the care team", as the signed-in staff member. Signing is what lets the client read
 * and sign this version, so the button says so and sits behind its own disclosure. It stays
 * mounted once signed (with the form gone), so the answer is still there to be read.
 */
export function SignPlanForm({ clientId, versionId, version, signed }: { clientId: string; versionId: string; version: number; signed: boolean }) {
  const [state, action] = useActionState(signPlanAction, initialFormState);
  const answer = useFocusAnswer(state);
  return (
    <div className="stack">
      <FormMessage state={state} answerRef={answer} />
      {signed || state.status === "ok" ? null : (
        <details className="action-panel" open={state.status === "error" ? true : undefined}>
          <summary>Sign for the care team…</summary>
          <form action={action} className="form">
            <input type="hidden" name="clientId" value={clientId} />
            <input type="hidden" name="versionId" value={versionId} />
            <p id="sign-plan-consequence">
              You sign version {version} as yourself. A signed version is never rewritten: a change is a new version. Once signed, the
              client can read this version in the portal and sign it.
            </p>
            <div>
              <SubmitButton pendingLabel="Signing…" describedBy="sign-plan-consequence">
                Sign version {version} for the care team
              </SubmitButton>
            </div>
          </form>
        </details>
      )}
    </div>
  );
}
