"use client";

import { maxEmailLength } from "@stepwise/domain";
import { useActionState } from "react";
import { useFocusFirstProblem } from "../forms/focus-first-problem";
import { FieldError, FormMessage, SubmitButton, fieldAria } from "../forms/form-parts";
import { type ValuesFormState, initialFormState, shown } from "../forms/form-state";

/**
 * Asking for a reset link by email. The answer is the same whether or not an account uses the
 * address, so after it the form stays, with the address as typed, for a second try or a typo.
 */
export function ForgotPasswordForm({ action }: { action: (previous: ValuesFormState, form: FormData) => Promise<ValuesFormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const form = useFocusFirstProblem(state);
  return (
    <form ref={form} action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <p id="email-hint" className="field-hint">
          The address you sign in with.
        </p>
        <input
          id="email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={maxEmailLength}
          defaultValue={shown(state, "email")}
          {...fieldAria(state, "email", "email-error", "email-hint")}
        />
        <FieldError id="email-error" state={state} name="email" />
      </div>
      <div>
        <SubmitButton pendingLabel="Sending…">{state.status === "ok" ? "Send another link" : "Send me a link"}</SubmitButton>
      </div>
    </form>
  );
}
