import { portalRouter } from "@stepwise/api/portal";
import { trpcRouteHandler } from "@stepwise/ui/trpc-server";
import { createRequestContext } from "~/server/context";

/** The portal's only HTTP entry to the API. It mounts the portal router and nothing else. */
const handler = trpcRouteHandler(portalRouter, createRequestContext);

export { handler as GET, handler as POST };
