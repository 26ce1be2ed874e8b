import { authRouteHandler } from "@stepwise/ui/auth-route";
import { portalAuthOptions } from "~/server/context";

/** next-auth's endpoints for the portal, every answer marked no-store (see authRouteHandler). */
const handler = authRouteHandler(portalAuthOptions);

export { handler as GET, handler as POST };
