"use client";

import { refusalParts } from "@stepwise/domain";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "./form-state";

/**
 * The form's answer at the top, read out by screen readers: a success note, or the refusal with
 * every reason listed — the API's reasons (one per line after the lead) and, when `fieldLabels`
 * is given, each field's message under its label. Field messages also sit beside their fields.
 */
export function FormMessage({ state, fieldLabels }: { state: FormState; fieldLabels?: Record<string, string> }) {
  if (state.status === "idle" || !state.message) return <div role="status" aria-atomic="true" />;
  if (state.status === "ok") {
    return (
      <div role="status" aria-atomic="true">
        <p className="notice">{state.message}</p>
      </div>
    );
  }
  const { lead, reasons } = refusalParts(state.message);
  const fieldReasons = fieldLabels
    ? Object.entries(state.fieldErrors).flatMap(([name, messages]) => (messages ?? []).map((message) => `${fieldLabels[name] ?? name}: ${message}`))
    : [];
  const all = [...reasons, ...fieldReasons];
  return (
    <div role="alert" aria-atomic="true" className="alert">
      <p>{lead}</p>
      {all.length > 0 ? (
        <ul>
          {all.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * A submit button that says what it is doing while the action runs. `describedBy` names the words
 * to read before pressing it, such as what the action also gives up.
 */
export function SubmitButton({
  children,
  pendingLabel,
  quiet = false,
  describedBy,
}: {
  children: ReactNode;
  pendingLabel: string;
  quiet?: boolean;
  describedBy?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={quiet ? "button button--quiet" : "button"}
      disabled={pending}
      aria-disabled={pending}
      aria-describedby={describedBy}
    >
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

/**
 * aria-invalid and aria-describedby for a field, from the form's state: the hint (when given)
 * always describes the field, and the error joins it while there is one.
 */
export function fieldAria(
  state: FormState,
  name: string,
  errorId: string,
  hintId?: string,
): { "aria-invalid"?: true; "aria-describedby"?: string } {
  const invalid = (state.fieldErrors[name]?.length ?? 0) > 0;
  const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(" ");
  return { ...(invalid ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
}
