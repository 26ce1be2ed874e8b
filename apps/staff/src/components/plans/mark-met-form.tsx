"use client";

import { FormMessage, SubmitButton, initialFormState, useFocusAnswer } from "@stepwise/ui/forms";
import { formatCalendarDate } from "@stepwise/ui/format";
import { useActionState } from "react";
import { markObjectiveMetAction } from "~/app/(signed-in)/clients/[clientId]/plan/actions";

/**
 * "Mark met" for an objective the clinician judges: behind a disclosure, with the confirming
 * button inside, since a mark is kept and not taken back here. Once marked it stays mounted and
 * says when, so the answer to the mark is not lost as the page refreshes.
 */
export function MarkMetForm({
  clientId,
  objectiveKey,
  description,
  markedMetOn,
}: {
  clientId: string;
  objectiveKey: string;
  description: string;
  markedMetOn: string | null;
}) {
  const [state, action] = useActionState(markObjectiveMetAction, initialFormState);
  const answer = useFocusAnswer(state);
  const consequenceId = `mark-met-${objectiveKey}-consequence`;
  return (
    <div className="stack">
      <FormMessage state={state} answerRef={answer} />
      {state.status === "ok" ? null : markedMetOn ? (
        <p className="small muted">Marked met on {formatCalendarDate(markedMetOn, "medium")}.</p>
      ) : (
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
