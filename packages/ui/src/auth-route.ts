import NextAuth, { type NextAuthOptions } from "next-auth";
import type { NextRequest } from "next/server";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's endpoints (`app/api/auth/[...nextauth]/route.ts`: session, CSRF token, providers,
 * sign-in callback, sign-out). Every answer is marked no-store: the session names who is signed
 * in, and the CSRF token is theirs alone, so no browser or shared cache may keep either. The
 * options are built per request rather than at import, so `next build` can load the route without
 * runtime secrets.
 */
export function authRouteHandler(options: () => NextAuthOptions): (request: NextRequest, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    const response = (await NextAuth(request, context, options())) as Response;
    // A copy with its own headers: a redirect's may be read-only.
    const headers = new Headers(response.headers);
    headers.set("Cache-Control", "no-store");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
