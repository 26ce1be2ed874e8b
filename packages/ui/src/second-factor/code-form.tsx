"use client";

import { useActionState, useEffect } from "react";
import { useFocusFirstProblem } from "../forms/focus-first-problem";
import { FormMessage, SubmitButton } from "../forms/form-parts";
import { type FormState, initialFormState } from "../forms/form-state";
import { CodeField } from "./code-field";

export type CodeAction = (previous: FormState, form: FormData) => Promise<FormState>;

/**
 * One code to type, from the app or a recovery code. The form's `method` field tells the action
 * which; once it answers ok, the page goes on to `continueHref`.
 */
export function CodeForm({
  action,
  method,
  hint,
  submitLabel,
  pendingLabel,
  hidden = {},
  continueHref,
}: {
  action: CodeAction;
  method: "app" | "recovery_code";
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
  const form = useFocusFirstProblem(state);
  return (
    <form ref={form} action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="method" value={method} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <CodeField state={state} method={method} hint={hint} />
      <div>
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
