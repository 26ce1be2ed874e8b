"use client";

import { locDecisionReasonMaxLength } from "@stepwise/domain";
import { type ValuesFormState, shown, ticked } from "@stepwise/ui/form-state";
import { FieldError, FormMessage, SubmitButton, fieldAria, useFocusAnswer, useFocusFirstProblem } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { decideLevelOfCareAction } from "~/app/(signed-in)/clients/[clientId]/level-of-care/actions";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

/**
 * Confirm or decline one recommendation, with why: a radio, a reason and one button. Confirming a
 * different level goes on to the record's level-change form with that level chosen.
 */
export function DecisionForm({
  clientId,
  assessmentId,
  differsFromCurrent,
  recommendedLabel,
}: {
  clientId: string;
  assessmentId: string;
  differsFromCurrent: boolean;
  recommendedLabel: string;
}) {
  const [state, action] = useActionState(decideLevelOfCareAction, initial);
  const form = useFocusFirstProblem(state);
  const answer = useFocusAnswer(state);
  const errorId = "loc-decision-error";
  const decisionAria = fieldAria(state, "decision", errorId);
  return (
    <form ref={form} action={action} className="form" noValidate>
      <FormMessage
        state={state}
        fieldLabels={{ decision: "Confirm or decline", reason: "Reason" }}
        fieldIds={{ decision: "loc-decision-confirm", reason: "loc-decision-reason" }}
        answerRef={answer}
      />
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <fieldset className="field" aria-describedby={decisionAria["aria-describedby"]}>
        <legend>Your decision</legend>
        <label className="choice choice--target">
          <input type="radio" id="loc-decision-confirm" name="decision" value="confirm" required defaultChecked={ticked(state, "decision", "confirm", [])} />
          Confirm: {recommendedLabel}
          {differsFromCurrent ? <span className="muted"> (then set the date and reason on the level-change form)</span> : null}
        </label>
        <label className="choice choice--target">
          <input type="radio" name="decision" value="decline" required defaultChecked={ticked(state, "decision", "decline", [])} />
          Decline: keep the level as it is
        </label>
        <FieldError id={errorId} state={state} name="decision" />
      </fieldset>
      <div className="field">
        <label htmlFor="loc-decision-reason">Reason</label>
        <p id="loc-decision-reason-hint" className="field-hint">
          Required either way: why you confirm or decline.
        </p>
        <textarea
          id="loc-decision-reason"
          name="reason"
          rows={3}
          required
          maxLength={locDecisionReasonMaxLength}
          defaultValue={shown(state, "reason")}
          {...fieldAria(state, "reason", "loc-decision-reason-error", "loc-decision-reason-hint")}
        />
        <FieldError id="loc-decision-reason-error" state={state} name="reason" />
      </div>
      <div>
        <SubmitButton pendingLabel="Saving…">Record the decision</SubmitButton>
      </div>
    </form>
  );
}
