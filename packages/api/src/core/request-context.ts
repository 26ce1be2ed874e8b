import { createAuthOptions, currentRequestAddress, getSessionUser, type AuthApp, type NextAuthOptions } from "@stepwise/auth";
import { getDatabase } from "@stepwise/db/client";
import { createContext, type Context } from "./context";

const optionsByApp = new Map<AuthApp, NextAuthOptions>();

/**
 * The next-auth options of one app. Built on first use, not at import, so `next build` needs no
 * runtime secret.
 */
export function authOptionsFor(app: AuthApp): NextAuthOptions {
  let options = optionsByApp.get(app);
  if (!options) {
    options = createAuthOptions({ app, getDatabase });
    optionsByApp.set(app, options);
  }
  return options;
}

/** The tRPC context for one request of one app: the process database, the caller, re-checked now, and their address. */
export async function createRequestContext(app: AuthApp): Promise<Context> {
  const db = await getDatabase();
  const caller = await getSessionUser(authOptionsFor(app), db);
  return createContext({ db, caller, address: await currentRequestAddress() });
}
