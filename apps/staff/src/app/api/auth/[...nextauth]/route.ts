import { authRouteHandler } from "@stepwise/ui/auth-route";
import { staffAuthOptions } from "~/server/context";

/** next-auth's endpoints for the staff app, every answer marked no-store (see authRouteHandler). */
const handler = authRouteHandler(staffAuthOptions);

export { handler as GET, handler as POST };
