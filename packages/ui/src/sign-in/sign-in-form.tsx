"use client";

import { signIn } from "next-auth/react";
import { useId, useRef, useState, type FormEvent } from "react";

/** Error messages by next-auth error code, prepared on the server; `fallback` and `missing` always present. */
export type SignInMessages = Record<string, string> & { fallback: string; missing: string };

export function SignInForm({
  callbackUrl,
  initialError,
  messages,
}: {
  callbackUrl: string;
  initialError: string | null;
  messages: SignInMessages;
}) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError(messages.missing);
      (email ? passwordRef : emailRef).current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
      if (!result || result.error || !result.ok) {
        const code = result?.error ?? "";
        setError(messages[code] ?? messages.fallback);
        if (passwordRef.current) {
          passwordRef.current.value = "";
          passwordRef.current.focus();
        }
        setPending(false);
        return;
      }
      // A full page load, so every server component renders for the newly signed-in person.
      window.location.assign(callbackUrl);
    } catch {
      setError(messages.fallback);
      setPending(false);
    }
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      <div id={errorId} role="alert" aria-atomic="true">
        {error ? <p className="alert">{error}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          ref={emailRef}
          id="email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
