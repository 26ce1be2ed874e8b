import "server-only";
import { createStaffRequestContext, getStaffAuthOptions, type Caller, type Context } from "@stepwise/api/staff";
import type { NextAuthOptions } from "next-auth";
import { cache } from "react";

/**
 * The one place the staff app wires itself to the API and auth layers. The API package opens the
 * process database (apps never import @stepwise/db), builds this app's next-auth options on first
 * use (so `next build` needs no secret), and resolves the caller and their role against the
 * database on every request.
 */

/** next-auth options for the staff app: its own cookie names; staff accounts only. */
export function staffAuthOptions(): NextAuthOptions {
  return getStaffAuthOptions();
}

/** The tRPC context of one /api/trpc request. */
export function createRequestContext(): Promise<Context> {
  return createStaffRequestContext();
}

/** The same context, built once per server-component render and shared by the layout and the page. */
export const getRenderContext = cache(createStaffRequestContext);

/** Who is signed in for this render, or null. */
export const getSignedInUser = cache(async (): Promise<Caller | null> => (await getRenderContext()).caller);
