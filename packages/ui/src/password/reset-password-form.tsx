"use client";

import { passwordResetWords } from "@stepwise/domain";
import Link from "next/link";
import { useActionState } from "react";
import { useFocusFirstProblem } from "../forms/focus-first-problem";
import { FormMessage, SubmitButton } from "../forms/form-parts";
import { type FormState, initialFormState } from "../forms/form-state";
import { GoToSignIn } from "./go-to-sign-in";
import { NewPasswordAdvice, PasswordFields } from "./password-fields";

/**
 * Choosing a new password from a reset link (the action is bound to the link's token). A link that
 * can't be used is told so once, with the way to ask for a new one; afterwards, the way to sign in.
 */
export function ResetPasswordForm({
  action,
  minLength,
  requestHref,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  minLength: number;
  /** The page that mails a new link. */
  requestHref: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const form = useFocusFirstProblem(state);
  if (state.status === "ok") return <GoToSignIn state={state} />;

  const linkUnusable = state.status === "error" && state.message === passwordResetWords.linkUnusable;
  return (
    <form ref={form} action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {linkUnusable ? (
        <p>
          <Link href={requestHref} className="button">
            Ask for a new link
          </Link>
        </p>
      ) : (
        <>
          <PasswordFields state={state} label="New password" hint={<NewPasswordAdvice minLength={minLength} />} />
          <div>
            <SubmitButton pendingLabel="Saving your new password…">Save my new password</SubmitButton>
          </div>
        </>
      )}
    </form>
  );
}
