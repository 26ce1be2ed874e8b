import { staffRouter } from "@stepwise/api/staff";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "~/server/context";

/** The staff app's only HTTP entry to the API. It mounts the staff router and nothing else. */
function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: staffRouter,
    createContext: createRequestContext,
    responseMeta() {
      // Health information: never stored by the browser or a shared cache.
      return { headers: new Headers({ "Cache-Control": "no-store" }) };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
