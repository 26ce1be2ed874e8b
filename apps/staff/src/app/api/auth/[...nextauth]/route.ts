import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { staffAuthOptions } from "~/server/context";

/**
 * next-auth's endpoints (sign-in callback, CSRF token, sign-out). The options are built per
 * request rather than at import, so `next build` can load this module without runtime secrets.
 */
type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: RouteContext): Promise<Response> {
  return NextAuth(request, context, staffAuthOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
