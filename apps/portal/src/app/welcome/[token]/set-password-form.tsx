"use client";

import { FieldError, FormMessage, SubmitButton, fieldAria, initialFormState } from "@stepwise/ui/forms";
import Link from "next/link";
import { useActionState } from "react";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const [state, action] = useActionState(setPasswordAction.bind(null, token), initialFormState);

  if (state.status === "ok") {
    return (
      <div className="stack">
        <FormMessage state={state} />
        <p>
          <Link href="/sign-in" className="button">
            Go to sign in
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="password">New password</label>
        <p id="password-hint" className="field-hint">
          At least {minLength} characters. A few unrelated words make a long password that is easy to remember, for
          example three things you can see from your window. Please don&apos;t use your name or email address.
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby={state.fieldErrors.password ? "password-hint password-error" : "password-hint"}
          aria-invalid={state.fieldErrors.password ? true : undefined}
        />
        <FieldError id="password-error" state={state} name="password" />
      </div>
      <div className="field">
        <label htmlFor="confirm">Type it again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required {...fieldAria(state, "confirm", "confirm-error")} />
        <FieldError id="confirm-error" state={state} name="confirm" />
      </div>
      <SubmitButton pendingLabel="Setting your password…">Set my password</SubmitButton>
    </form>
  );
}
