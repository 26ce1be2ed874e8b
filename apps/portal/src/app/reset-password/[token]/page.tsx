import { minPasswordLength } from "@stepwise/auth/password";
import { ResetPasswordForm } from "@stepwise/ui/password";
import type { Metadata } from "next";
import { SiteHeader } from "~/components/site-header";
import { resetPasswordAction } from "./actions";

// The token is in the address: it must not travel to other sites in the Referer header (and the
// form's own post keeps its Origin, which "no-referrer" would blank: see @stepwise/ui/security).
export const metadata: Metadata = { title: "Choose a new password", referrer: "same-origin" };

/** Where the reset link in the mail lands: outside sign-in. It signs nobody in; they sign in after. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <section className="card auth-card" aria-labelledby="reset-heading">
          <h1 id="reset-heading">Choose a new password</h1>
          <p className="muted">
            Choosing a new password signs you out everywhere you are signed in. Then you sign in with it as usual.
          </p>
          <ResetPasswordForm action={resetPasswordAction.bind(null, token)} minLength={minPasswordLength} requestHref="/forgot-password" />
        </section>
      </main>
    </>
  );
}
