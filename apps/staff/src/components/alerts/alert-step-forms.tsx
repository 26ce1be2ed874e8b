"use client";

import { alertActionLabels, alertActions, alertNoteMaxLength } from "@stepwise/domain";
import { type ValuesFormState, shown, ticked } from "@stepwise/ui/form-state";
import { FieldError, FormMessage, SubmitButton, fieldAria, useFocusFirstProblem } from "@stepwise/ui/forms";
import { useActionState, useEffect, useRef } from "react";
import { type AlertStepForm, alertStepAction } from "~/app/(signed-in)/alerts/[alertId]/actions";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

/**
 * What staff with alerts.acknowledge do on an alert: take it up (while nobody has), note a
 * follow-up (once someone has), and resolve it, behind its own disclosure and with a note, never
 * in one tap. One answer region for the three: after each, the page shows the new step and focus
 * moves here; it stays after resolving, when the forms are gone.
 */
export function AlertStepForms({ alertId, state: alertState }: { alertId: string; state: "open" | "acknowledged" | "resolved" }) {
  const [state, action] = useActionState(alertStepAction, initial);
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "ok") answer.current?.focus();
  }, [state]);
  const sentFrom = (state.values?.step?.[0] ?? null) as AlertStepForm | null;
  const stateFor = (form: AlertStepForm): ValuesFormState => (state.status === "error" && sentFrom === form ? state : initial);

  if (alertState === "resolved" && state.status !== "ok") return null;
  return (
    <section className="card" aria-labelledby="alert-steps-heading">
      <h2 id="alert-steps-heading">{alertState === "resolved" ? "Resolved" : "What you did"}</h2>
      <div ref={answer} tabIndex={-1} className="alert-steps__answer">
        {state.status === "ok" ? <FormMessage state={state} /> : <div role="status" aria-atomic="true" />}
      </div>
      {alertState === "resolved" ? null : (
        <div className="stack">
          {alertState === "open" ? (
            <StepForm
              alertId={alertId}
              step="acknowledge"
              state={stateFor("acknowledge")}
              action={action}
              heading="I've taken this up"
              hint="Say what you did. Anyone on the care team can take up an alert; every step is kept."
              submit="I've taken this up"
            />
          ) : (
            <StepForm
              alertId={alertId}
              step="followUp"
              state={stateFor("followUp")}
              action={action}
              heading="Add a follow-up"
              hint="A further step: a call back, a review of the safety plan, a referral."
              submit="Add this follow-up"
            />
          )}
          <ResolveForm alertId={alertId} state={stateFor("resolve")} action={action} />
        </div>
      )}
    </section>
  );
}

type FormAction = (form: FormData) => void;

/** The chosen action (a radio for each) and an optional note. */
function StepForm({
  alertId,
  step,
  state,
  action,
  heading,
  hint,
  submit,
}: {
  alertId: string;
  step: Exclude<AlertStepForm, "resolve">;
  state: ValuesFormState;
  action: FormAction;
  heading: string;
  hint: string;
  submit: string;
}) {
  const form = useFocusFirstProblem(state);
  const id = `alert-${step}`;
  const actionInvalid = (state.fieldErrors.action?.length ?? 0) > 0;
  return (
    <form ref={form} action={action} className="form" noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <FormMessage state={state} fieldLabels={{ action: "What you did", note: "Note" }} fieldIds={{ action: `${id}-action-0`, note: `${id}-note` }} />
      <input type="hidden" name="alertId" value={alertId} />
      <input type="hidden" name="step" value={step} />
      <fieldset className="field" aria-describedby={actionInvalid ? `${id}-action-error` : undefined}>
        <legend>What you did</legend>
        <p className="field-hint">{hint}</p>
        {alertActions.map((choice, index) => (
          <label key={choice} className="choice choice--target">
            <input
              type="radio"
              id={`${id}-action-${index}`}
              name="action"
              value={choice}
              required
              defaultChecked={ticked(state, "action", choice, [])}
            />
            {alertActionLabels[choice]}
          </label>
        ))}
        <FieldError id={`${id}-action-error`} state={state} name="action" />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <p className="field-hint" id={`${id}-note-hint`}>
          What was said or agreed. For the care team only.
        </p>
        <textarea
          id={`${id}-note`}
          name="note"
          maxLength={alertNoteMaxLength}
          defaultValue={shown(state, "note", "")}
          {...fieldAria(state, "note", `${id}-note-error`, `${id}-note-hint`)}
        />
        <FieldError id={`${id}-note-error`} state={state} name="note" />
      </div>
      <div>
        <SubmitButton pendingLabel="Saving…">{submit}</SubmitButton>
      </div>
    </form>
  );
}

/** Closing the alert: folded away, and only with a note saying how it was settled. */
function ResolveForm({ alertId, state, action }: { alertId: string; state: ValuesFormState; action: FormAction }) {
  const form = useFocusFirstProblem(state);
  return (
    <details className="action-panel" open={state.status === "error" ? true : undefined}>
      <summary>Resolve…</summary>
      <form ref={form} action={action} className="form" noValidate>
        <FormMessage state={state} fieldLabels={{ note: "How it was settled" }} fieldIds={{ note: "alert-resolve-note" }} />
        <input type="hidden" name="alertId" value={alertId} />
        <input type="hidden" name="step" value="resolve" />
        <p id="alert-resolve-consequence">Resolving takes the alert off the open list. No more steps can be added to it after that.</p>
        <div className="field">
          <label htmlFor="alert-resolve-note">How it was settled</label>
          <p className="field-hint" id="alert-resolve-note-hint">
            Required. For example: seen in person, safety plan updated, no current intent.
          </p>
          <textarea
            id="alert-resolve-note"
            name="note"
            required
            maxLength={alertNoteMaxLength}
            defaultValue={shown(state, "note", "")}
            {...fieldAria(state, "note", "alert-resolve-note-error", "alert-resolve-note-hint")}
          />
          <FieldError id="alert-resolve-note-error" state={state} name="note" />
        </div>
        <div>
          <SubmitButton pendingLabel="Resolving…" describedBy="alert-resolve-consequence">
            Resolve this alert
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
