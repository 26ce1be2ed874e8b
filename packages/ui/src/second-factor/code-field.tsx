"use client";

import { codeEntryMaxLength, codeFieldWords } from "@stepwise/domain";
import { useId } from "react";
import { FieldError, fieldAria } from "../forms/form-parts";
import type { FormState } from "../forms/form-state";

/**
 * The one field a second-factor code is typed into, named `code`: the digits from the
 * authenticator app (the phone offers them from its messages or password manager with
 * `one-time-code`), or a recovery code. It takes as much as the domain's schemas read.
 */
export function CodeField({
  state,
  method,
  label = method === "app" ? codeFieldWords.appLabel : codeFieldWords.recoveryLabel,
  hint,
}: {
  state: FormState;
  method: "app" | "recovery_code";
  label?: string;
  hint: string;
}) {
  const id = useId();
  const [inputId, hintId, errorId] = [`${id}-code`, `${id}-hint`, `${id}-error`];
  const app = method === "app";
  return (
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
        maxLength={codeEntryMaxLength}
        className={app ? "code-input" : "code-input code-input--recovery"}
        required
        {...fieldAria(state, "code", errorId, hintId)}
      />
      <FieldError id={errorId} state={state} name="code" />
    </div>
  );
}
