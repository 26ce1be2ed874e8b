import { ForgotPasswordForm } from "@stepwise/ui/password";
import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "~/components/site-header";
import { getCenter } from "~/lib/center";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Reset your password" };

/**
 * Where a client or family member who can't sign in asks for a reset link. The link only ever
 * travels by mail, never on this page: shown here, it would let anyone reset anyone's password.
 */
export default async function ForgotPasswordPage() {
  const { mainPhone } = await getCenter();
  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <section className="card auth-card" aria-labelledby="forgot-heading">
          <h1 id="forgot-heading">Reset your password</h1>
          <p className="muted">
            Enter the email address you sign in with. We&apos;ll send it a link to choose a new password.
          </p>
          <ForgotPasswordForm action={requestPasswordResetAction} />
          <p>
            <Link href="/sign-in" className="target-link">
              Back to sign in
            </Link>
          </p>
          <p className="muted small">
            No access to that email any more? Call us at <a href={`tel:${mainPhone.tel}`}>{mainPhone.display}</a>.
          </p>
        </section>
      </main>
    </>
  );
}
