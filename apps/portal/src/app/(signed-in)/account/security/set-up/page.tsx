import type { PortalOutputs } from "@stepwise/api/portal";
import "@stepwise/ui/second-factor.css";
import { SetUpSteps } from "@stepwise/ui/second-factor";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { portalCaller } from "~/server/caller";
import { requireSignedInUser } from "~/server/session";
import { confirmSetUpAction, startSetUpAction } from "../actions";

export const metadata: Metadata = { title: "Turn on an authenticator app" };

/** Turning on an authenticator app. Loading this page changes nothing: its button starts the set-up. */
export default async function SetUpPage() {
  await requireSignedInUser();
  let overview: PortalOutputs["secondFactor"]["overview"];
  try {
    overview = await (await portalCaller()).secondFactor.overview();
  } catch (error) {
    handleApiError(error);
  }
  // Already on: the security page says so.
  if (overview.setUpAt !== null) redirect("/account/security");
  return (
    <section className="card auth-card" aria-labelledby="set-up-heading">
      <h1 id="set-up-heading">Turn on an authenticator app</h1>
      <SetUpSteps startAction={startSetUpAction} confirmAction={confirmSetUpAction} continueHref="/account/security" continueLabel="Done" />
    </section>
  );
}
