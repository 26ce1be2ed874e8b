import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./security";

/** Methods that change nothing; every other one must come from the app's own pages. */
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The origin the app's own pages send: NEXTAUTH_URL's, which each deployment sets to the app's
 * public address (the launcher sets it too). Without it, the address the browser asked for (its
 * Host header, which a page on another site cannot choose) with the scheme the request came in on.
 * Never Next's own idea of the URL: `next start --hostname` puts the listening address there.
 */
export function ownOrigin(request: NextRequest, publicUrl: string | undefined): string | null {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = request.headers.get("host");
  return host ? `${request.nextUrl.protocol}//${host}` : null;
}

/**
 * Whether a state-changing request came from the app's own pages. Browsers send Origin with every
 * POST (fetch, forms and server actions alike); a page on another site, the other app among them
 * (same-site beside it, so SameSite=Lax cookies travel), sends its own, and a sandboxed or opaque
 * one sends "null". Missing, "null" or any other origin is refused. Our pages' referrer policy
 * (same-origin, security.ts) keeps the browser from sending "null" for our own plain form posts.
 */
export function isFromOwnOrigin(request: NextRequest, publicUrl: string | undefined): boolean {
  if (safeMethods.has(request.method)) return true;
  const origin = request.headers.get("origin");
  const own = ownOrigin(request, publicUrl);
  return origin !== null && own !== null && origin === own;
}

const crossSiteRefusal = () =>
  new NextResponse("This request didn't come from this site's own pages, so nothing was changed. Please go back to the site and try again.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * The app's proxy: runs before every request but static files. It refuses state-changing requests
 * from anywhere but the app's own pages (tRPC, next-auth and server actions alike, before any of
 * them runs); then, for pages, sets the per-request Content-Security-Policy nonce and sends people
 * without a session cookie straight to the sign-in page. The cookie check is only a shortcut:
 * pages and the API verify the session against the database themselves.
 */
export function createSecurityProxy(options: {
  /** The app's next-auth session cookie, e.g. "stepwise-portal.session-token"; its `__Secure-` twin counts too. */
  sessionCookieName: string;
  /** Read on each request (never at import), so `next build` needs no runtime environment. */
  env: () => { NODE_ENV: string; NEXTAUTH_URL?: string | undefined };
  publicPaths?: readonly string[];
  /** Paths that answer for themselves (route handlers): only the origin check applies to them. */
  routePaths?: readonly string[];
}): (request: NextRequest) => NextResponse {
  const { sessionCookieName, env, publicPaths = ["/sign-in"], routePaths = ["/api"] } = options;
  const sessionCookieNames = [sessionCookieName, `__Secure-${sessionCookieName}`];
  const under = (paths: readonly string[], pathname: string) => paths.some((path) => pathname === path || pathname.startsWith(`${path}/`));

  return function proxy(request) {
    const { NODE_ENV, NEXTAUTH_URL } = env();
    if (!isFromOwnOrigin(request, NEXTAUTH_URL)) return crossSiteRefusal();

    const { pathname, search } = request.nextUrl;
    // Route handlers set their own headers; a prefetch needs no nonce (it runs no inline script).
    const prefetch = request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
    if (under(routePaths, pathname) || prefetch) return NextResponse.next();

    const hasSessionCookie = sessionCookieNames.some((name) => request.cookies.has(name));
    if (!hasSessionCookie && !under(publicPaths, pathname)) {
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
