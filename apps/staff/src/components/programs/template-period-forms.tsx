"use client";

import { fieldAria, FieldError, FormMessage, SubmitButton } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { endTemplateAction, extendTemplateAction } from "~/app/(signed-in)/programs/actions";
import { type ValuesFormState, shown } from "@stepwise/ui/form-state";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

/** End a template on a date; later sessions still to come are cancelled with the reason. */
export function EndTemplateForm({ programId, templateId, today }: { programId: string; templateId: string; today: string }) {
  const [state, formAction] = useActionState(endTemplateAction, initial);
  const id = `end-${templateId}`;
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={{ endsOn: "Last date", reason: "Reason" }} />
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="templateId" value={templateId} />
      <div className="field">
        <label htmlFor={`${id}-date`}>Last date it meets</label>
        <input id={`${id}-date`} name="endsOn" type="date" required defaultValue={shown(state, "endsOn", today)} {...fieldAria(state, "endsOn", `${id}-date-error`)} />
        <FieldError id={`${id}-date-error`} state={state} name="endsOn" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (shown on the cancelled sessions)</label>
        <input id={`${id}-reason`} name="reason" required defaultValue={shown(state, "reason", "")} {...fieldAria(state, "reason", `${id}-reason-error`)} />
        <FieldError id={`${id}-reason-error`} state={state} name="reason" />
      </div>
      <div>
        <SubmitButton pendingLabel="Ending…" quiet>
          End template
        </SubmitButton>
      </div>
    </form>
  );
}

/** Date a template's sessions further ahead than the usual eight weeks. */
export function ExtendTemplateForm({ programId, templateId, suggested }: { programId: string; templateId: string; suggested: string }) {
  const [state, formAction] = useActionState(extendTemplateAction, initial);
  const id = `extend-${templateId}`;
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} fieldLabels={{ through: "Through" }} />
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="templateId" value={templateId} />
      <div className="field">
        <label htmlFor={`${id}-through`}>Date sessions through</label>
        <input id={`${id}-through`} name="through" type="date" required defaultValue={shown(state, "through", suggested)} {...fieldAria(state, "through", `${id}-through-error`)} />
        <FieldError id={`${id}-through-error`} state={state} name="through" />
      </div>
      <div>
        <SubmitButton pendingLabel="Dating…" quiet>
          Date sessions
        </SubmitButton>
      </div>
    </form>
  );
}
