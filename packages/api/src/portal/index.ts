import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createCallerFactory } from "../trpc";
import { portalRouter, type PortalRouter } from "./router";

export { createContext, type Caller, type Context } from "../context";
export { portalRouter, type PortalRouter };
export const createPortalCaller = createCallerFactory(portalRouter);
export type PortalInputs = inferRouterInputs<PortalRouter>;
export type PortalOutputs = inferRouterOutputs<PortalRouter>;
