import "server-only";
import { TRPCError, type AnyTRPCRouter, type inferRouterContext } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { notFound, redirect } from "next/navigation";

/**
 * The app's only HTTP entry to the API (`app/api/trpc/[trpc]/route.ts`): it mounts the one router
 * it is given and nothing else.
 */
export function trpcRouteHandler<TRouter extends AnyTRPCRouter>(
  router: TRouter,
  createContext: () => Promise<inferRouterContext<TRouter>>,
): (request: Request) => Promise<Response> {
  return (request) =>
    fetchRequestHandler({
      endpoint: "/api/trpc",
      req: request,
      router,
      createContext,
      responseMeta() {
        // Health information: never stored by the browser or a shared cache.
        return { headers: new Headers({ "Cache-Control": "no-store" }) };
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"} failed:`, error.cause ?? error);
      },
    });
}

/**
 * Turns an API refusal into the matching page: signed out → sign-in, not found (or not yours,
 * which reads the same) → the not-found page. Anything else is rethrown for error.tsx.
 */
export function handleApiError(error: unknown): never {
  if (error instanceof TRPCError) {
    if (error.code === "UNAUTHORIZED") redirect("/sign-in");
    if (error.code === "NOT_FOUND") notFound();
  }
  throw error;
}

export function trpcErrorCode(error: unknown): TRPCError["code"] | null {
  return error instanceof TRPCError ? error.code : null;
}
