import { createSecurityProxy } from "@stepwise/ui/proxy";
import { env } from "~/env";

/**
 * CSP nonce per request, and a shortcut to sign-in without this app's session cookie. Two pages stay
 * open because the link in them is the credential: /welcome/<token>, where a new client sets their
 * first password, and /invitation/<token>, where an invited family member accepts.
 */
export const proxy = createSecurityProxy({
  sessionCookieName: "stepwise-portal.session-token",
  env,
  publicPaths: ["/sign-in", "/welcome", "/invitation"],
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
