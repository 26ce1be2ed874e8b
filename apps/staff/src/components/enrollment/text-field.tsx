"use client";

import type { FormState } from "@stepwise/ui/form-state";
import { FieldError, fieldAria } from "@stepwise/ui/forms";
import type { HTMLInputTypeAttribute } from "react";

/** A labelled input with its hint and its error tied to it. */
export function TextField({
  id,
  name,
  label,
  state,
  type = "text",
  hint,
  required = false,
  defaultValue,
  autoComplete,
}: {
  id: string;
  name: string;
  label: string;
  state: FormState;
  type?: HTMLInputTypeAttribute;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  autoComplete?: string;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const aria = fieldAria(state, name, errorId);
  const describedBy = [hint ? hintId : null, aria["aria-describedby"] ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        aria-invalid={aria["aria-invalid"]}
        aria-describedby={describedBy}
      />
      <FieldError id={errorId} state={state} name={name} />
    </div>
  );
}

/** A labelled textarea, one entry per line. */
export function LinesField({ id, name, label, state, hint }: { id: string; name: string; label: string; state: FormState; hint?: string }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const aria = fieldAria(state, name, errorId);
  const describedBy = [hint ? hintId : null, aria["aria-describedby"] ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea id={id} name={name} rows={3} aria-invalid={aria["aria-invalid"]} aria-describedby={describedBy} />
      <FieldError id={errorId} state={state} name={name} />
    </div>
  );
}
