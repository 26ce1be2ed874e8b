"use client";

import { FieldError, FormMessage, SubmitButton, fieldAria, initialFormState } from "@stepwise/ui/forms";
import Link from "next/link";
import { useActionState } from "react";
import { acceptInvitationAction } from "./actions";

/**
 * Accepting: one form for everyone, since the page is not told whether the address already has
 * an account (that would tell whoever holds the link). A new account chooses a password (with the
 * same policy hints as the welcome page) and a name; an existing family account gives its own
 * password, and the server tells them apart.
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
      <p>
        Make your account to accept. You&apos;ll sign in with <strong>{invitation.email}</strong> and the password you
        choose here. If you already have a Stepwise account with this address, enter its password instead:{" "}
        {invitation.invitedBy} is then added to it.
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
        <label htmlFor="password">Choose a password (or enter your existing one)</label>
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
