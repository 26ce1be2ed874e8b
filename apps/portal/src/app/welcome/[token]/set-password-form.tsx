"use client";

import { FormMessage, SubmitButton, initialFormState } from "@stepwise/ui/forms";
import { GoToSignIn, NewPasswordAdvice, PasswordFields } from "@stepwise/ui/password";
import { useActionState } from "react";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const [state, action] = useActionState(setPasswordAction.bind(null, token), initialFormState);
  if (state.status === "ok") return <GoToSignIn state={state} />;

  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <PasswordFields state={state} label="New password" hint={<NewPasswordAdvice minLength={minLength} />} />
      <SubmitButton pendingLabel="Setting your password…">Set my password</SubmitButton>
    </form>
  );
}
