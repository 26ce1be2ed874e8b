import { createSecurityProxy } from "@stepwise/ui/proxy";
import { env } from "~/env";

/**
 * CSP nonce per request, and a shortcut to sign-in without this app's session cookie. /welcome/<token>
 * stays open: it is where a new client sets their first password, before they can sign in.
 */
export const proxy = createSecurityProxy({
  sessionCookieName: "stepwise-portal.session-token",
  env,
  publicPaths: ["/sign-in", "/welcome"],
});

export const config = {
  matcher: [
    {
      // Pages only: API routes answer for themselves, static files need neither check, and the
      // calendar feed (/calendar/<token>.ics) is fetched by calendar apps with no session cookie.
      source: "/((?!api/|calendar/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
