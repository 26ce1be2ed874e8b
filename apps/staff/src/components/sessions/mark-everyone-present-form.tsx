"use client";

import { type FormState, FormMessage, SubmitButton, initialFormState, useFocusAnswer } from "@stepwise/ui/forms";
import { useActionState } from "react";

/**
 * One action for the usual day, at the top of the page: everyone without a record is marked
 * present for the whole session. Focus moves to its answer, which says how many were marked.
 */
export function MarkEveryonePresentForm({
  action: markEveryonePresent,
  sessionId,
  withoutRecord,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  sessionId: string;
  withoutRecord: number;
}) {
  const [state, action] = useActionState(markEveryonePresent, initialFormState);
  const answer = useFocusAnswer(state);
  return (
    <form action={action} className="everyone-present" aria-labelledby="mark-all-heading">
      <div>
        <h2 id="mark-all-heading">Everyone present</h2>
        <input type="hidden" name="sessionId" value={sessionId} />
        <p className="small">
          {withoutRecord === 0
            ? "Every client on the roster has a record."
            : `Marks the ${withoutRecord === 1 ? "client" : `${withoutRecord} clients`} without a record as present for the whole session. Records already saved stay as they are.`}
        </p>
      </div>
      {withoutRecord > 0 ? (
        <SubmitButton pendingLabel="Marking…" quiet>
          Mark everyone present
        </SubmitButton>
      ) : null}
      <FormMessage state={state} answerRef={answer} />
    </form>
  );
}
