import "server-only";
import { createPortalRequestContext, getPortalAuthOptions, type Caller, type Context } from "@stepwise/api/portal";
import type { NextAuthOptions } from "next-auth";
import { cache } from "react";

/**
 * The one place the portal wires itself to the API and auth layers. The API package opens the
 * process database (apps never import @stepwise/db), builds this app's next-auth options on first
 * use (so `next build` needs no secret), and resolves the caller against the database.
 */

/** next-auth options for the portal: its own cookie names; client and family accounts only. */
export function portalAuthOptions(): NextAuthOptions {
  return getPortalAuthOptions();
}

/** The tRPC context of one /api/trpc request: the caller is re-checked against the database. */
export function createRequestContext(): Promise<Context> {
  return createPortalRequestContext();
}

/**
 * The same context, built once per server-component render, so the layout, the page and the tRPC
 * server proxy share one session lookup.
 */
export const getRenderContext = cache(createPortalRequestContext);

/** Who is signed in for this render, or null. */
export const getSignedInUser = cache(async (): Promise<Caller | null> => (await getRenderContext()).caller);
