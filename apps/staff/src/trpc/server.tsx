import "server-only";
import { staffRouter } from "@stepwise/api/staff";
import { makeQueryClient } from "@stepwise/ui/trpc-query-client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { getRenderContext } from "~/server/context";

/** One query client and one context per request: cache() scopes them to the current render. */
export const getQueryClient = cache(makeQueryClient);

/** Server components call procedures in-process through this proxy (no HTTP round trip). */
export const trpc = createTRPCOptionsProxy({
  ctx: getRenderContext,
  router: staffRouter,
  queryClient: getQueryClient,
});
