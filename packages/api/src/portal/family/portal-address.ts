import { type AuthEnv, authEnv } from "@stepwise/auth";
import { showInvitationLinks } from "../../env";

const localPortal = "http://localhost:3000";

/**
 * A portal page's full address, for links that leave the portal (an invitation mail). The portal's
 * public origin is NEXTAUTH_URL, which it already needs for sign-in; only outside production may
 * it fall back to the local development address.
 */
export function portalAddressIn(env: Pick<AuthEnv, "publicUrl" | "nodeEnv">, path: string): string {
  if (!env.publicUrl && env.nodeEnv === "production") {
    throw new Error("NEXTAUTH_URL is not set: the portal's public address is needed for invitation links.");
  }
  return new URL(path, env.publicUrl ?? localPortal).toString();
}

export const portalAddress = (path: string): string => portalAddressIn(authEnv(), path);

/**
 * Whether the client is shown the invitation link they send. A link proves that whoever opens it
 * reads that mailbox only when it travels by mail alone; shown to the client, it would let them
 * open it and learn whether that address has an account here (42 CFR 2.13(c)). So it is off
 * unless the deployment sets SHOW_INVITATION_LINKS=true, as only the embedded demo does.
 */
export const invitationLinksShown = (): boolean => showInvitationLinks();
