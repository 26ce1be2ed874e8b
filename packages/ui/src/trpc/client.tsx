"use client";

import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchStreamLink, loggerLink, type HTTPBatchStreamLinkOptions, type TRPCClient } from "@trpc/client";
import type { AnyTRPCRouter } from "@trpc/server";
import { useState, type ComponentType, type ReactNode } from "react";
import superjson from "superjson";
import { makeQueryClient } from "./query-client";

let browserQueryClient: QueryClient | undefined;

function getQueryClient() {
  // On the server, always a new client: never share one between requests (and people).
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** The app's `TRPCProvider`, from its own `createTRPCContext<AppRouter>()`. */
export type TRPCProviderComponent<TRouter extends AnyTRPCRouter> = ComponentType<{
  trpcClient: TRPCClient<TRouter>;
  queryClient: QueryClient;
  children: ReactNode;
}>;

/**
 * React Query and tRPC for client components. Each app wraps this with its own typed provider;
 * the links, the transformer and the query client are the same for both.
 */
export function StepwiseTRPCProvider<TRouter extends AnyTRPCRouter>({
  provider: TRPCProvider,
  children,
}: {
  provider: TRPCProviderComponent<TRouter>;
  children: ReactNode;
}) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<TRouter>({
      links: [
        // NODE_ENV is replaced by Next at build time; it is not read from the environment at run time.
        // eslint-disable-next-line no-restricted-properties
        loggerLink({ enabled: (op) => process.env.NODE_ENV === "development" && op.direction === "down" && op.result instanceof Error }),
        // Same origin only: the session cookie goes along, and nothing is sent anywhere else. Both
        // routers are built with superjson (packages/api); TypeScript cannot see that for a generic
        // router, hence the assertion.
        httpBatchStreamLink<TRouter>({ url: "/api/trpc", transformer: superjson } as unknown as HTTPBatchStreamLinkOptions<
          TRouter["_def"]["_config"]["$types"]
        >),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
