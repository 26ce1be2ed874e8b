"use client";

import { FieldError, FormMessage, SubmitButton, fieldAria, initialFormState } from "@stepwise/ui/forms";
import Link from "next/link";
import { useActionState } from "react";
import { acceptInvitationAction } from "./actions";

/**
 * Accepting: with an existing family account, its password; otherwise a new password (with the
 * same policy hints as the welcome page) and the name to be greeted by.
 */
export function AcceptInvitationForm({
  token,
  invitation,
  minLength,
}: {
  token: string;
  invitation: { invitedBy: string; name: string; email: string; hasAccount: boolean };
  minLength: number;
}) {
  const [state, action] = useActionState(acceptInvitationAction.bind(null, { token, hasAccount: invitation.hasAccount }), initialFormState);

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

  if (invitation.hasAccount) {
    return (
      <form action={action} className="form" noValidate>
        <p>
          You already have a Stepwise family account with <strong>{invitation.email}</strong>. Enter its password to
          accept: {invitation.invitedBy} is then added to your account, beside anyone else who shares with you.
        </p>
        <FormMessage state={state} />
        <div className="field">
          <label htmlFor="password">Your password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            {...fieldAria(state, "password", "password-error")}
          />
          <FieldError id="password-error" state={state} name="password" />
        </div>
        <SubmitButton pendingLabel="Accepting…">Accept the invitation</SubmitButton>
      </form>
    );
  }

  return (
    <form action={action} className="form" noValidate>
      <p>
        Make your account to accept. You&apos;ll sign in with <strong>{invitation.email}</strong> and the password you
        choose here.
      </p>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="displayName">Your name</label>
        <p id="displayName-hint" className="field-hint">
          How we greet you when you&apos;re signed in.
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
      <div className="field">
        <label htmlFor="password">Choose a password</label>
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
          {...fieldAria(state, "password", "password-error", "password-hint")}
        />
        <FieldError id="password-error" state={state} name="password" />
      </div>
      <div className="field">
        <label htmlFor="confirm">Type it again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required {...fieldAria(state, "confirm", "confirm-error")} />
        <FieldError id="confirm-error" state={state} name="confirm" />
      </div>
      <SubmitButton pendingLabel="Making your account…">Make my account and accept</SubmitButton>
    </form>
  );
}
