"use client";

import { type FormState, FormMessage, SubmitButton, initialFormState } from "@stepwise/ui/forms";
import { useActionState } from "react";

/** One action for the usual day: everyone without a record is marked present for the whole session. */
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
  return (
    <form action={action} className="card stack" aria-labelledby="mark-all-heading">
      <h2 id="mark-all-heading">Everyone came?</h2>
      <input type="hidden" name="sessionId" value={sessionId} />
      <p className="small">
        {withoutRecord === 0
          ? "Every client on the roster has a record."
          : `Marks the ${withoutRecord === 1 ? "client" : `${withoutRecord} clients`} without a record as present for the whole session. Records already saved stay as they are.`}
      </p>
      <FormMessage state={state} />
      {withoutRecord > 0 ? (
        <div>
          <SubmitButton pendingLabel="Marking…" quiet>
            Mark everyone present
          </SubmitButton>
        </div>
      ) : null}
    </form>
  );
}
