import { type AuthEnv, authEnv } from "@stepwise/auth";

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
