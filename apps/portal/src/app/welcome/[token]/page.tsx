import { minPasswordLength } from "@stepwise/auth/password";
import type { Metadata } from "next";
import { SiteHeader } from "~/components/site-header";
import { getCenter } from "~/lib/center";
import { SetPasswordForm } from "./set-password-form";

// The token is in the address: it must not travel to other sites in the Referer header (and the
// form's own post keeps its Origin, which "no-referrer" would blank: see @stepwise/ui/security).
export const metadata: Metadata = { title: "Set your password", referrer: "same-origin" };

/** Where a new client lands from the link staff gave them: outside sign-in, since they have no password yet. */
export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { mainPhone } = await getCenter();
  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <section className="card auth-card" aria-labelledby="welcome-heading">
          <h1 id="welcome-heading">Set your password</h1>
          <p className="muted">
            Welcome. This is your own space to see your plan, your schedule and your care team. Choose a password to finish
            setting up your account; you&apos;ll use it with your email address to sign in.
          </p>
          <SetPasswordForm token={token} minLength={minPasswordLength} />
          <p className="muted small">
            Link not working? Call us at <a href={`tel:${mainPhone.tel}`}>{mainPhone.display}</a> and we&apos;ll give
            you a new one.
          </p>
        </section>
      </main>
    </>
  );
}
