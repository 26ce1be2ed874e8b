"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "./form-state";

/** The form's answer, read out by screen readers: an alert for a refusal, a status for success. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div role={state.status === "error" ? "alert" : "status"} aria-atomic="true">
      {state.message ? <p className={state.status === "error" ? "alert" : "notice"}>{state.message}</p> : null}
    </div>
  );
}

/** A submit button that says what it is doing while the action runs. */
export function SubmitButton({ children, pendingLabel, quiet = false }: { children: ReactNode; pendingLabel: string; quiet?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={quiet ? "button button--quiet" : "button"} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/** The messages for one field, linked to it by `id` (pass the same id to aria-describedby). */
export function FieldError({ id, state, name }: { id: string; state: FormState; name: string }) {
  const errors = state.fieldErrors[name];
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {errors.join(" ")}
    </p>
  );
}

/** aria-invalid and aria-describedby for a field, from the form's state. */
export function fieldAria(state: FormState, name: string, errorId: string) {
  const invalid = (state.fieldErrors[name]?.length ?? 0) > 0;
  return invalid ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
}
