import "server-only";
import { staffRouter } from "@stepwise/api/staff";
import { makeQueryClient } from "@stepwise/ui/trpc-query-client";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";
import { getRenderContext } from "~/server/context";

/** One query client and one context per request: cache() scopes them to the current render. */
export const getQueryClient = cache(makeQueryClient);

/** Server components call procedures in-process through this proxy (no HTTP round trip). */
export const trpc = createTRPCOptionsProxy({
  ctx: getRenderContext,
  router: staffRouter,
  queryClient: getQueryClient,
});

/** Hands whatever the server prefetched to client components below it. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
