"use client";

import { FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { type ValuesFormState, initialFormState, ticked } from "@stepwise/ui/form-state";
import { useActionState } from "react";
import { shareGoalAction } from "~/app/(signed-in)/treatment-plan/actions";

/**
 * One goal's sharing choice: a checkbox and its own save button, so it works as a plain form
 * post before any script has loaded. The answer is read out beside the goal, focus left in place.
 */
export function ShareGoalForm({ goalKey, shared, goalNumber }: { goalKey: string; shared: boolean; goalNumber: number }) {
  const [state, action] = useActionState<ValuesFormState, FormData>(shareGoalAction, initialFormState);
  const id = `share-goal-${goalKey}`;
  return (
    <form action={action} className="plan-share" aria-label={`Sharing goal ${goalNumber} with family`}>
      <input type="hidden" name="goalKey" value={goalKey} />
      <div className="plan-share__choice">
        <input id={id} type="checkbox" name="shared" defaultChecked={ticked(state, "shared", "on", shared ? ["on"] : [])} aria-describedby={`${id}-hint`} />
        <label htmlFor={id}>Share this goal with family</label>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Family members you share your plan summary with will see this goal, in your words. Nothing else from your plan is
        shared.
      </p>
      <SubmitButton pendingLabel="Saving…" quiet>
        Save<span className="visually-hidden"> sharing for goal {goalNumber}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
