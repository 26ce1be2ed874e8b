import type { Database } from "@stepwise/db/client";
import type { NextApiRequest, NextApiResponse } from "next";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth/next";
import { authAppOf } from "./next-auth";
import { resolveSession } from "./session";
import { parseSessionClaims, type SessionClaims } from "./session-claims";
import type { SessionUser } from "./session-user";

/**
 * The same options with a session callback that hands back the verified cookie claims instead of
 * the browser-facing session. Used only on the server, through getServerSession, so the claims
 * never reach the browser, and the database is read once (by resolveSession), not twice.
 */
function claimsOnlyOptions(options: NextAuthOptions) {
  return {
    ...options,
    callbacks: {
      ...options.callbacks,
      session: ({ token }: { token: unknown }) => ({ claims: parseSessionClaims(token) }),
    },
  };
}

/**
 * The signed-in user for this request, or null. Call it from a route handler or a server
 * component: with only the options, next-auth reads the request's cookies through `next/headers`
 * (awaited, as Next 16 requires). Pass `pages` only from a pages-router API route.
 */
export async function getSessionUser(
  options: NextAuthOptions,
  db: Database,
  pages?: { req: NextApiRequest; res: NextApiResponse },
): Promise<SessionUser | null> {
  const app = authAppOf(options);
  const claimsOptions = claimsOnlyOptions(options);
  const session = pages
    ? await getServerSession(pages.req, pages.res, claimsOptions)
    : await getServerSession(claimsOptions);
  const claims: SessionClaims | null = session?.claims ?? null;
  if (!claims) return null;
  return resolveSession(db, { sessionId: claims.sid, userId: claims.sub, sessionVersion: claims.sv, app });
}
