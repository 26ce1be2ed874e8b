import { secondFactorSatisfied } from "@stepwise/domain";
import { SiteHeader } from "@stepwise/ui/components";
import { CodeForm } from "@stepwise/ui/second-factor";
import "@stepwise/ui/second-factor.css";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { crisisResources } from "~/lib/crisis-resources";
import { getSignedInUser } from "~/server/context";
import { verifyAction } from "./actions";

export const metadata: Metadata = { title: "Enter your code" };

/** After the password, for someone who turned on a second factor: the code from their app, or a recovery code. */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  if (secondFactorSatisfied(user.secondFactor)) redirect("/");
  const recoveryCode = (await searchParams).use === "recovery-code";
  const { centerLine } = crisisResources();
  return (
    <>
      <SiteHeader appName="Portal" nav={[]} user={{ displayName: user.displayName }} />
      <main id="main" className="page" tabIndex={-1}>
        <section className="card auth-card" aria-labelledby="second-factor-heading">
          <h1 id="second-factor-heading">{recoveryCode ? "Enter a recovery code" : "Enter the 6-digit code"}</h1>
          {recoveryCode ? (
            <CodeForm
              key="recovery_code"
              action={verifyAction}
              method="recovery_code"
              label="Recovery code"
              hint="One of the codes you saved when you turned this on, like 7KQ2M-XH4TP. Each works once."
              submitLabel="Continue"
              pendingLabel="Checking…"
              continueHref="/"
            />
          ) : (
            <CodeForm
              key="app"
              action={verifyAction}
              method="app"
              label="6-digit code"
              hint="Open your authenticator app and enter the code it shows for Stepwise."
              submitLabel="Continue"
              pendingLabel="Checking…"
              continueHref="/"
            />
          )}
          <p>
            <Link className="text-link-button" href={recoveryCode ? "/second-factor" : "/second-factor?use=recovery-code"}>
              {recoveryCode ? "Use a code from your app instead" : "Use a recovery code instead"}
            </Link>
          </p>
          <p className="muted small">
            Trouble signing in? Call us at <a href={`tel:${centerLine.tel}`}>{centerLine.display}</a>, any time.
          </p>
        </section>
      </main>
    </>
  );
}
