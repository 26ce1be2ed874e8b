import { signInErrorCodes, signInErrorMessage } from "@stepwise/auth";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SiteHeader } from "~/components/site-header";
import { safeCallbackUrl } from "~/lib/safe-callback-url";
import { getSignedInUser } from "~/server/context";
import { SignInForm, type SignInMessages } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** Neither message says whether an account exists for the email. */
const messages: SignInMessages = {
  [signInErrorCodes.invalid]: "That email and password don't match our records.",
  [signInErrorCodes.throttled]: signInErrorMessage(signInErrorCodes.throttled) ?? "",
  [signInErrorCodes.unavailable]: signInErrorMessage(signInErrorCodes.unavailable) ?? "",
  fallback: signInErrorMessage("unknown") ?? "Something went wrong signing in. Please try again.",
  missing: "Enter your email and password.",
};

function messageFor(code: string | undefined): string | null {
  if (!code) return null;
  return messages[code] ?? messages.fallback ?? null;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSignedInUser()) redirect(callbackUrl);

  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const signedOut = params.signedOut === "1";

  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <section className="card auth-card" aria-labelledby="sign-in-heading">
          <h1 id="sign-in-heading">Sign in</h1>
          <p className="muted">For staff of the center. Use your work email.</p>
          {signedOut && !errorCode ? (
            <p className="notice" role="status">
              You&apos;ve signed out.
            </p>
          ) : null}
          <SignInForm callbackUrl={callbackUrl} initialError={messageFor(errorCode)} messages={messages} />
          <p className="muted small">Trouble signing in? Ask your program director or administrator to check your account.</p>
        </section>
      </main>
    </>
  );
}
