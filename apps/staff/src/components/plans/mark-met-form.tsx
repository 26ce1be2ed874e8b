"use client";

import { FormMessage, SubmitButton, initialFormState, useFocusAnswer } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { markObjectiveMetAction } from "~/app/(signed-in)/clients/[clientId]/plan/actions";

/**
 * "Mark met" for an objective the clinician judges: behind a disclosure, with the confirming
 * button inside, since a mark is kept and not taken back here.
 */
export function MarkMetForm({ clientId, objectiveKey, description }: { clientId: string; objectiveKey: string; description: string }) {
  const [state, action] = useActionState(markObjectiveMetAction, initialFormState);
  const answer = useFocusAnswer(state);
  const consequenceId = `mark-met-${objectiveKey}-consequence`;
  return (
    <div className="stack">
      <FormMessage state={state} answerRef={answer} />
      {state.status === "ok" ? null : (
        <details className="action-panel" open={state.status === "error" ? true : undefined}>
          <summary>
            Mark met<span className="visually-hidden">: {description}</span>…
          </summary>
          <form action={action} className="form">
            <input type="hidden" name="clientId" value={clientId} />
            <input type="hidden" name="objectiveKey" value={objectiveKey} />
            <p id={consequenceId}>
              The objective is marked met today, and the client reads it as reached. The mark stays on the record.
            </p>
            <div>
              <SubmitButton pendingLabel="Marking…" describedBy={consequenceId}>
                Yes, mark this objective met
              </SubmitButton>
            </div>
          </form>
        </details>
      )}
    </div>
  );
}
