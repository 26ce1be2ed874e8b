"use client";

import { refusalParts } from "@stepwise/domain";
import type { ReactNode, RefObject } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "./form-state";

/**
 * The form's answer at the top, read out by screen readers: a success note, or the refusal with
 * every reason listed — the API's reasons (one per line after the lead) and, when `fieldLabels`
 * is given, each field's message under its label. Field messages also sit beside their fields;
 * with `fieldIds` (field name to input id) each label links to its field, an error summary.
 * `answerRef` (useFocusAnswer) lets focus move to the answer once it arrives.
 */
export function FormMessage({
  state,
  fieldLabels,
  fieldIds,
  answerRef,
}: {
  state: FormState;
  fieldLabels?: Record<string, string>;
  fieldIds?: Record<string, string>;
  answerRef?: RefObject<HTMLDivElement | null>;
}) {
  // Focusable by script only (no tab stop), when a form moves focus here.
  const focusable = answerRef ? { ref: answerRef, tabIndex: -1 } : {};
  if (state.status === "idle" || !state.message) return <div role="status" aria-atomic="true" />;
  if (state.status === "ok") {
    return (
      <div role="status" aria-atomic="true" {...focusable}>
        <p className="notice">{state.message}</p>
      </div>
    );
  }
  const { lead, reasons } = refusalParts(state.message);
  const fieldReasons = fieldLabels
    ? Object.entries(state.fieldErrors).flatMap(([name, messages]) =>
        (messages ?? []).map((message) => ({ key: `${name}: ${message}`, label: fieldLabels[name] ?? name, message, fieldId: fieldIds?.[name] })),
      )
    : [];
  return (
    <div role="alert" aria-atomic="true" className="alert" {...focusable}>
      <p>{lead}</p>
      {reasons.length + fieldReasons.length > 0 ? (
        <ul>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
          {fieldReasons.map((reason) => (
            <li key={reason.key}>
              {reason.fieldId ? <a href={`#${reason.fieldId}`}>{reason.label}</a> : reason.label}: {reason.message}
            </li>
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
