import { staffRouter } from "@stepwise/api/staff";
import { trpcRouteHandler } from "@stepwise/ui/trpc-server";
import { createRequestContext } from "~/server/context";

/** The staff app's only HTTP entry to the API. It mounts the staff router and nothing else. */
const handler = trpcRouteHandler(staffRouter, createRequestContext);

export { handler as GET, handler as POST };
