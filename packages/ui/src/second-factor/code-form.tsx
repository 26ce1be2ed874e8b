"use client";

import { useActionState, useEffect, useId } from "react";
import { FieldError, FormMessage, SubmitButton, fieldAria } from "../forms/form-parts";
import { type FormState, initialFormState } from "../forms/form-state";
import { useFocusOnError } from "./use-focus-on-error";

export type CodeAction = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * One code to type: the 6 digits from the authenticator app (the phone offers them from its
 * messages or password manager with `one-time-code`), or a recovery code. The form's `method`
 * field tells the action which; once it answers ok, the page goes on to `continueHref`.
 */
export function CodeForm({
  action,
  method,
  label,
  hint,
  submitLabel,
  pendingLabel,
  hidden = {},
  continueHref,
}: {
  action: CodeAction;
  method: "app" | "recovery_code";
  label: string;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  /** More fields the action needs (a callback path, say). */
  hidden?: Record<string, string>;
  /** Where to go once the code was right. */
  continueHref: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  useEffect(() => {
    // A full page load, as after the password: every server component renders for the session as it is now.
    if (state.status === "ok") window.location.assign(continueHref);
  }, [state, continueHref]);
  const summary = useFocusOnError(state);
  const id = useId();
  const [inputId, hintId, errorId] = [`${id}-code`, `${id}-hint`, `${id}-error`];
  const app = method === "app";
  return (
    <form action={formAction} className="form" noValidate>
      <div ref={summary} tabIndex={-1}>
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="method" value={method} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <p id={hintId} className="field-hint">
          {hint}
        </p>
        <input
          id={inputId}
          name="code"
          type="text"
          inputMode={app ? "numeric" : "text"}
          autoComplete={app ? "one-time-code" : "off"}
          autoCapitalize={app ? "off" : "characters"}
          spellCheck={false}
          maxLength={app ? 12 : 24}
          className={app ? "code-input" : "code-input code-input--recovery"}
          required
          {...fieldAria(state, "code", errorId, hintId)}
        />
        <FieldError id={errorId} state={state} name="code" />
      </div>
      <div>
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
