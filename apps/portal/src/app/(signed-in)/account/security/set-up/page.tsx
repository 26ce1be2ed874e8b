import type { PortalOutputs } from "@stepwise/api/portal";
import "@stepwise/ui/second-factor.css";
import { SetUpSteps } from "@stepwise/ui/second-factor";
import { trpcErrorCode, handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { portalCaller } from "~/server/caller";
import { requireSignedInUser } from "~/server/session";
import { confirmSetUpAction } from "../actions";

export const metadata: Metadata = { title: "Turn on an authenticator app" };

export default async function SetUpPage() {
  await requireSignedInUser();
  let setUp: PortalOutputs["secondFactor"]["startSetUp"];
  try {
    // The same secret on every load until it is confirmed, so a reload does not undo a scan.
    setUp = await (await portalCaller()).secondFactor.startSetUp();
  } catch (error) {
    // Already on: the security page says so.
    if (trpcErrorCode(error) === "BAD_REQUEST") redirect("/account/security");
    handleApiError(error);
  }
  return (
    <section className="card auth-card" aria-labelledby="set-up-heading">
      <h1 id="set-up-heading">Turn on an authenticator app</h1>
      <SetUpSteps
        qrCodeDataUrl={`data:image/svg+xml;base64,${Buffer.from(setUp.qrCodeSvg).toString("base64")}`}
        secretForTyping={setUp.secretForTyping}
        confirmAction={confirmSetUpAction}
        continueHref="/account/security"
        continueLabel="Done"
      />
    </section>
  );
}
