import type { PortalOutputs } from "@stepwise/api/portal";
import "@stepwise/ui/second-factor.css";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { NewRecoveryCodesForm, TurnOffForm } from "~/components/security/code-change-forms";
import { portalCaller } from "~/server/caller";
import { requireSignedInUser } from "~/server/session";

export const metadata: Metadata = { title: "Sign-in security" };

/** A client's or family member's own sign-in: turn a second factor on or off, and new recovery codes. */
export default async function SecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireSignedInUser();
  const { turnedOff } = await searchParams;
  let overview: PortalOutputs["secondFactor"]["overview"];
  try {
    overview = await (await portalCaller()).secondFactor.overview();
  } catch (error) {
    handleApiError(error);
  }
  const on = overview.setUpAt !== null;
  return (
    <>
      <div className="page-intro">
        <h1>Sign-in security</h1>
        <p className="lede">Keep your information safe, even if someone learns your password.</p>
      </div>
      <section className="card" aria-labelledby="app-heading">
        <h2 id="app-heading">Authenticator app: {on ? "on" : "off"}</h2>
        <div role="status" aria-atomic="true">
          {!on && turnedOff === "1" ? <p className="notice">Your authenticator app is turned off. Signing in needs only your password now.</p> : null}
        </div>
        {on ? (
          <>
            <p>
              Each time you sign in, we ask for your password and a code from the authenticator app on your phone. You have{" "}
              {overview.recoveryCodesLeft === 1 ? "1 recovery code" : `${overview.recoveryCodesLeft} recovery codes`} left.
            </p>
            <h3>Recovery codes</h3>
            <p>Used some, or lost the list? Make new ones. The old ones stop working.</p>
            <NewRecoveryCodesForm />
            <TurnOffForm />
          </>
        ) : (
          <>
            <p>
              Turn this on and signing in will also ask for a code from an authenticator app on your phone, such as Google
              Authenticator or Microsoft Authenticator. It&apos;s optional.
            </p>
            <p>
              <Link className="button" href="/account/security/set-up">
                Turn on
              </Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}
