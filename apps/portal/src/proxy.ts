import { createSecurityProxy } from "@stepwise/ui/proxy";
import { env } from "~/env";

/**
 * Refuses changes sent from anywhere but the portal's own pages; then a CSP nonce per page, and a
 * shortcut to sign-in without this app's session cookie. Pages whose link is the credential stay
 * open: /welcome/<token>, where a new client sets their first password, /invitation/<token>,
 * where an invited family member accepts, and /reset-password/<token>, where a mailed reset link's
 * holder chooses a new password; so does /forgot-password, which mails that link. The calendar
 * feed (/calendar/<token>.ics) answers for itself: calendar apps fetch it with no session cookie.
 */
export const proxy = createSecurityProxy({
  sessionCookieName: "stepwise-portal.session-token",
  env,
  publicPaths: ["/sign-in", "/welcome", "/invitation", "/forgot-password", "/reset-password"],
  routePaths: ["/api", "/calendar"],
});

export const config = {
  // Everything but static files: API routes and server actions need the origin check as much as
  // pages need the nonce (e2e/http-edge.e2e.ts sends forged requests to each).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
