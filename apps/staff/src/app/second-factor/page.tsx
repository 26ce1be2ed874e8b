import { secondFactorSatisfied } from "@stepwise/domain";
import { SiteHeader } from "@stepwise/ui/components";
import "@stepwise/ui/second-factor.css";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffCodeStep, StaffSetUp } from "~/components/second-factor/second-factor-step";
import { getSignedInUser } from "~/server/context";

export const metadata: Metadata = { title: "Second step of signing in" };

/**
 * After the password: set up an authenticator app (first sign-in), or enter its code. Nothing
 * else is reachable from this session until then: the layouts send it here and the API refuses it.
 */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  if (secondFactorSatisfied(user.secondFactor)) redirect("/");
  const { use } = await searchParams;

  // Loading this page changes nothing: a button starts the set-up.
  const step = user.secondFactor === "set_up_needed" ? <StaffSetUp /> : <StaffCodeStep recoveryCode={use === "recovery-code"} />;
  return (
    <>
      <SiteHeader appName="Staff" nav={[]} user={{ displayName: user.displayName }} />
      <main id="main" className="page" tabIndex={-1}>
        {step}
      </main>
    </>
  );
}
