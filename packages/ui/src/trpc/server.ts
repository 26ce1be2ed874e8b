import "server-only";
import { errorLogSummary } from "@stepwise/domain";
import { TRPCError, type AnyTRPCRouter, type inferRouterContext } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { forbidden, notFound, redirect, unstable_rethrow } from "next/navigation";
import { admitApiRequest, maxCallsPerRequest } from "./request-limits";

// Route handlers that answer a signed-in person beside the API (the audit download) refuse the same way.
export { crossOriginRefusal } from "./request-limits";

const endpoint = "/api/trpc";

/**
 * The app's only HTTP entry to the API (`app/api/trpc/[trpc]/route.ts`): it mounts the one router
 * it is given and nothing else, and takes only what request-limits.ts admits.
 */
export function trpcRouteHandler<TRouter extends AnyTRPCRouter>(
  router: TRouter,
  createContext: () => Promise<inferRouterContext<TRouter>>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const admitted = await admitApiRequest(request, `${endpoint}/`);
    if (admitted instanceof Response) return admitted;
    return fetchRequestHandler({
      endpoint,
      req: admitted,
      router,
      createContext,
      // Already refused above in plain words; tRPC's own check stays as the backstop.
      maxBatchSize: maxCallsPerRequest,
      responseMeta() {
        // Health information: never stored by the browser or a shared cache.
        return { headers: new Headers({ "Cache-Control": "no-store" }) };
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error("[trpc] request failed:", errorLogSummary(error, { path }));
      },
    });
  };
}

/**
 * Turns an API refusal into the matching page: signed out → sign-in, not found (or not yours,
 * which reads the same) → the not-found page (HTTP 404), a role without the permission → the
 * forbidden page (HTTP 403). Refusals in plain words are rethrown as they are; anything
 * unexpected is logged without its message (which may quote SQL and its values) and rethrown
 * without it, so Next's own log of the failed render carries nothing of it either.
 */
export function handleApiError(error: unknown): never {
  // Next's own interrupts (a redirect or notFound() thrown inside the same try) go on untouched.
  unstable_rethrow(error);
  if (error instanceof TRPCError) {
    if (error.code === "UNAUTHORIZED") redirect("/sign-in");
    if (error.code === "NOT_FOUND") notFound();
    if (error.code === "FORBIDDEN") forbidden();
    if (error.code !== "INTERNAL_SERVER_ERROR") throw error;
  }
  console.error("[page] request failed:", errorLogSummary(error));
  throw new Error("Something went wrong on our side.");
}

export function trpcErrorCode(error: unknown): TRPCError["code"] | null {
  return error instanceof TRPCError ? error.code : null;
}
