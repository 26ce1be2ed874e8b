import { minPasswordLength } from "@stepwise/auth/password";
import type { Metadata } from "next";
import { SiteHeader } from "~/components/site-header";
import { getQueryClient, trpc } from "~/trpc/server";
import { AcceptInvitationForm } from "./accept-invitation-form";

// The token is in the address: it must not travel to other sites in the Referer header (and the
// form's own post keeps its Origin, which "no-referrer" would blank: see @stepwise/ui/security).
export const metadata: Metadata = { title: "Your invitation", referrer: "same-origin" };

/** Where an invited family member lands from their link: outside sign-in, since they may have no account yet. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // No real token is that long; cut, a made-up one simply reads as unknown rather than as bad input.
  const invitation = await getQueryClient().fetchQuery(trpc.invitation.preview.queryOptions({ token: token.slice(0, 200) }));

  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <section className="card auth-card" aria-labelledby="invitation-heading">
          {invitation.usable ? (
            <>
              <h1 id="invitation-heading">{invitation.invitedBy} invited you to Stepwise as family</h1>
              <p className="muted">
                Hello {invitation.name}. Once you accept, {invitation.invitedBy} chooses what to share with you here, and can
                change that at any time.
              </p>
              <AcceptInvitationForm token={token} invitation={invitation} minLength={minPasswordLength} />
            </>
          ) : (
            <>
              <h1 id="invitation-heading">This invitation link can&apos;t be used</h1>
              <p>
                It may have expired or already been used. Please ask the person who invited you to send you a new one.
              </p>
            </>
          )}
        </section>
      </main>
    </>
  );
}
