import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./security";

/**
 * The app's proxy: runs before every page request, sets the per-request Content-Security-Policy
 * nonce, and sends people without a session cookie straight to the sign-in page. The cookie check
 * is only a shortcut: pages and the API verify the session against the database themselves.
 */
export function createSecurityProxy(options: {
  /** The app's next-auth session cookie, e.g. "stepwise-portal.session-token"; its `__Secure-` twin counts too. */
  sessionCookieName: string;
  /** Read on each request (never at import), so `next build` needs no runtime environment. */
  env: () => { NODE_ENV: string; NEXTAUTH_URL?: string | undefined };
  publicPaths?: readonly string[];
}): (request: NextRequest) => NextResponse {
  const { sessionCookieName, env, publicPaths = ["/sign-in"] } = options;
  const sessionCookieNames = [sessionCookieName, `__Secure-${sessionCookieName}`];
  const isPublic = (pathname: string) => publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));

  return function proxy(request) {
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
  };
}
