"use client";

import { type ValuesFormState, shown } from "@stepwise/ui/form-state";
import { FieldError, FormMessage, SubmitButton, fieldAria, useFocusAnswer, useFocusFirstProblem } from "@stepwise/ui/forms";
import { useActionState } from "react";
import { recordAuthorizationAction } from "~/app/(signed-in)/clients/[clientId]/review-packet/actions";

const initial: ValuesFormState = { status: "idle", message: null, fieldErrors: {} };

const fields = [
  { name: "payer", label: "Payer", type: "text", hint: null },
  { name: "number", label: "Authorization number", type: "text", hint: null },
  { name: "unitsApproved", label: "Units approved", type: "number", hint: "unit" },
  { name: "startsOn", label: "First day covered", type: "date", hint: null },
  { name: "endsOn", label: "Last day covered", type: "date", hint: null },
] as const;

/** Record a payer's authorization for the enrollment in care: payer, number, units and the period, both ends included. */
export function AuthorizationForm({
  clientId,
  enrollmentId,
  unit,
  today,
}: {
  clientId: string;
  enrollmentId: string;
  unit: "attended_day" | "attended_session";
  today: string;
}) {
  const [state, action] = useActionState(recordAuthorizationAction, initial);
  const form = useFocusFirstProblem(state);
  const answer = useFocusAnswer(state);
  const fieldLabels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  const fieldIds = Object.fromEntries(fields.map((field) => [field.name, `authorization-${field.name}`]));
  const unitHint = unit === "attended_day" ? "A unit is a day attended, however many groups it held." : "A unit is a session attended.";
  return (
    <form ref={form} action={action} className="form" noValidate>
      <FormMessage state={state} fieldLabels={fieldLabels} fieldIds={fieldIds} answerRef={answer} />
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      {fields.map((field) => {
        const id = `authorization-${field.name}`;
        const hintId = field.hint ? `${id}-hint` : undefined;
        return (
          <div key={field.name} className="field">
            <label htmlFor={id}>{field.label}</label>
            {hintId ? (
              <p id={hintId} className="field-hint">
                {unitHint}
              </p>
            ) : null}
            <input
              id={id}
              name={field.name}
              type={field.type}
              required
              {...(field.type === "number" ? { min: 1, max: 366, step: 1, inputMode: "numeric" as const } : {})}
              defaultValue={shown(state, field.name, field.name === "startsOn" ? today : null)}
              {...fieldAria(state, field.name, `${id}-error`, hintId)}
            />
            <FieldError id={`${id}-error`} state={state} name={field.name} />
          </div>
        );
      })}
      <div>
        <SubmitButton pendingLabel="Recording…">Record the authorization</SubmitButton>
      </div>
    </form>
  );
}
