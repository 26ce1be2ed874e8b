import Link from "next/link";
import type { ReactNode } from "react";
import { SignInForm, type SignInMessages } from "./sign-in-form";
import type { SignInParams } from "./sign-in-params";

/**
 * The sign-in page's card: heading, the app's own intro, the signed-out notice, the form and the
 * app's own help line. The page passes what its search parameters say (`signInParams`).
 */
export function SignInCard({
  intro,
  signedOutNotice,
  help,
  forgotPasswordHref,
  callbackUrl,
  errorCode,
  signedOut,
  messages,
}: SignInParams & {
  intro: string;
  signedOutNotice: string;
  help: ReactNode;
  /** The app's page that mails a reset link. */
  forgotPasswordHref?: string;
  messages: SignInMessages;
}) {
  const initialError = errorCode ? (messages[errorCode] ?? messages.fallback) : null;
  return (
    <section className="card auth-card" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">Sign in</h1>
      <p className="muted">{intro}</p>
      {signedOut && !errorCode ? (
        <p className="notice" role="status">
          {signedOutNotice}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} messages={messages} />
      {forgotPasswordHref ? (
        <p>
          <Link href={forgotPasswordHref} className="target-link">
            Forgot your password?
          </Link>
        </p>
      ) : null}
      <p className="muted small">{help}</p>
    </section>
  );
}
