import { createRouter } from "../trpc";
import { myPlan } from "./plan/plan.procedure";
import { accountRouter } from "./account/account.router";

/** Everything the client and family portal may call. Staff procedures are not reachable from here. */
export const portalRouter = createRouter({
  plan: createRouter({ mine: myPlan }),
  account: accountRouter,
});

export type PortalRouter = typeof portalRouter;
