import { createSecurityProxy } from "@stepwise/ui/proxy";
import { env } from "~/env";

/**
 * Refuses changes sent from anywhere but the staff app's own pages; then a CSP nonce per page, and
 * a shortcut to sign-in without this app's session cookie.
 */
export const proxy = createSecurityProxy({
  sessionCookieName: "stepwise-staff.session-token",
  env,
  // Open without a session: /forgot-password mails a reset link, /reset-password/<token> uses it.
  publicPaths: ["/sign-in", "/forgot-password", "/reset-password"],
  routePaths: ["/api"],
});

export const config = {
  // Everything but static files: API routes and server actions need the origin check as much as
  // pages need the nonce (e2e/http-edge.e2e.ts sends forged requests to each).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
