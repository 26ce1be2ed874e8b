import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { contentSecurityPolicy } from "~/lib/security-headers";

/**
 * Runs before every page request: sets the per-request Content-Security-Policy nonce, and sends
 * people without a session cookie straight to the sign-in page. The cookie check is only a
 * shortcut: pages and the API verify the session against the database themselves.
 */

const sessionCookieNames = ["stepwise-staff.session-token", "__Secure-stepwise-staff.session-token"];
const publicPaths = ["/sign-in"];

function isPublic(pathname: string): boolean {
  return publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function proxy(request: NextRequest) {
  const { NODE_ENV, NEXTAUTH_URL } = env();
  const { pathname, search } = request.nextUrl;

  const hasSessionCookie = sessionCookieNames.some((name) => request.cookies.has(name));
  if (!hasSessionCookie && !isPublic(pathname)) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({
    nonce,
    development: NODE_ENV === "development",
    https: NEXTAUTH_URL?.startsWith("https://") ?? false,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Pages show health information: no copy in the browser's or anyone else's cache.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes answer for themselves, static files need neither check.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
