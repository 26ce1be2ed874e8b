"use client";

import { FieldError, FormMessage, SubmitButton, fieldAria, initialFormState } from "@stepwise/ui/forms";
import { GoToSignIn, NewPasswordAdvice, PasswordFields } from "@stepwise/ui/password";
import { useActionState } from "react";
import { acceptInvitationAction } from "./actions";

/**
 * Accepting: one form for everyone, since the page is not told whether the address already has
 * an account (that would tell whoever holds the link). Someone new chooses a password and the name
 * to be greeted by; someone with a family account enters its password; the server tells them apart.
 * The password is typed twice either way, so the form needn't know which it is.
 */
export function AcceptInvitationForm({
  token,
  invitation,
  minLength,
}: {
  token: string;
  invitation: { invitedBy: string; name: string; email: string };
  minLength: number;
}) {
  const [state, action] = useActionState(acceptInvitationAction.bind(null, token), initialFormState);
  if (state.status === "ok") return <GoToSignIn state={state} />;

  return (
    <form action={action} className="form" noValidate>
      <p>
        You&apos;ll sign in with <strong>{invitation.email}</strong>. If you already have a Stepwise family account with
        this email, enter its password; otherwise choose a new one. Either way, {invitation.invitedBy} is then linked to
        your account.
      </p>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="displayName">Your name</label>
        <p id="displayName-hint" className="field-hint">
          How we greet you when you&apos;re signed in. An account you already have keeps its name.
        </p>
        <input
          id="displayName"
          name="displayName"
          type="text"
          autoComplete="name"
          maxLength={120}
          defaultValue={invitation.name}
          {...fieldAria(state, "displayName", "displayName-error", "displayName-hint")}
        />
        <FieldError id="displayName-error" state={state} name="displayName" />
      </div>
      <PasswordFields state={state} label="Your password" hint={<NewPasswordAdvice minLength={minLength} ifNew />} />
      <SubmitButton pendingLabel="Accepting…">Accept the invitation</SubmitButton>
    </form>
  );
}
