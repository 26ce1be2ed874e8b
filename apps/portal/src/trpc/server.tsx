import "server-only";
import { portalRouter } from "@stepwise/api/portal";
import { makeQueryClient } from "@stepwise/ui/trpc-query-client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { getRenderContext } from "~/server/context";

/** One query client and one context per request: cache() scopes them to the current render. */
export const getQueryClient = cache(makeQueryClient);

/** Server components call procedures in-process through this proxy (no HTTP round trip). */
export const trpc = createTRPCOptionsProxy({
  ctx: getRenderContext,
  router: portalRouter,
  queryClient: getQueryClient,
});
