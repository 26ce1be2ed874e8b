import { FieldError, fieldAria } from "../forms/form-parts";
import type { FormState } from "../forms/form-state";
import type { ReactNode } from "react";

/**
 * The policy's advice for a new password, in the same words wherever one is chosen. `ifNew` is for
 * a field that may take an existing password too, which the advice doesn't bind.
 */
export function NewPasswordAdvice({ minLength, ifNew = false }: { minLength: number; ifNew?: boolean }) {
  return (
    <>
      {ifNew ? "If it's a new password, use" : "Use"} at least {minLength} characters. A few unrelated words make a long
      password that is easy to remember, for example three things you can see from your window. Please don&apos;t use
      your name or email address.
    </>
  );
}

/** A password typed twice, so a slip of the finger is caught here rather than at the next sign-in. */
export function PasswordFields({ state, label, hint }: { state: FormState; label: string; hint: ReactNode }) {
  return (
    <>
      <div className="field">
        <label htmlFor="password">{label}</label>
        <p id="password-hint" className="field-hint">
          {hint}
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          {...fieldAria(state, "password", "password-error", "password-hint")}
        />
        <FieldError id="password-error" state={state} name="password" />
      </div>
      <div className="field">
        <label htmlFor="confirm">Type it again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required {...fieldAria(state, "confirm", "confirm-error")} />
        <FieldError id="confirm-error" state={state} name="confirm" />
      </div>
    </>
  );
}
