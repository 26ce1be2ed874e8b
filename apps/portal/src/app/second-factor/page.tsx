import { recoveryCodeExample, secondFactorSatisfied } from "@stepwise/domain";
import { SiteHeader } from "@stepwise/ui/components";
import { CodeStep } from "@stepwise/ui/second-factor";
import "@stepwise/ui/second-factor.css";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCenter } from "~/lib/center";
import { getSignedInUser } from "~/server/context";
import { verifyAction } from "./actions";

export const metadata: Metadata = { title: "Enter your code" };

const recoveryHint = `One of the codes you saved when you turned this on, like ${recoveryCodeExample}. Each works once.`;

/** After the password, for someone who turned on a second factor: the code from their app, or a recovery code. */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  if (secondFactorSatisfied(user.secondFactor)) redirect("/");
  const recoveryCode = (await searchParams).use === "recovery-code";
  const { mainPhone } = await getCenter();
  return (
    <>
      <SiteHeader appName="Portal" nav={[]} user={{ displayName: user.displayName }} />
      <main id="main" className="page" tabIndex={-1}>
        <CodeStep path="/second-factor" recoveryCode={recoveryCode} action={verifyAction} recoveryHint={recoveryHint}>
          <p className="muted small">
            Trouble signing in? Call us at <a href={`tel:${mainPhone.tel}`}>{mainPhone.display}</a>.
          </p>
        </CodeStep>
      </main>
    </>
  );
}
