import { createRouter } from "../trpc";
import { myPlan } from "./plan/plan.procedure";

/** Everything the client and family portal may call. Staff procedures are not reachable from here. */
export const portalRouter = createRouter({
  plan: createRouter({ mine: myPlan }),
});

export type PortalRouter = typeof portalRouter;
