import { type AuthApp, type AuthEnv, authEnv } from "@stepwise/auth";

/** Where each app listens in local development (`pnpm dev`, tests). */
const localOrigins: Record<AuthApp, string> = { portal: "http://localhost:3000", staff: "http://localhost:3001" };

/**
 * A page's full address in the app handling this request, for links that leave it by mail (an
 * invitation, a password reset). Each app's public origin is its own NEXTAUTH_URL, which it already
 * needs for sign-in, so a staff reset link opens the staff app and a client's the portal; only
 * outside production may it fall back to the local development address.
 */
export function appAddressIn(env: Pick<AuthEnv, "publicUrl" | "nodeEnv">, app: AuthApp, path: string): string {
  if (!env.publicUrl && env.nodeEnv === "production") {
    throw new Error(`NEXTAUTH_URL is not set: the ${app} app's public address is needed for the links it mails.`);
  }
  return new URL(path, env.publicUrl ?? localOrigins[app]).toString();
}

export const appAddress = (app: AuthApp, path: string): string => appAddressIn(authEnv(), app, path);
