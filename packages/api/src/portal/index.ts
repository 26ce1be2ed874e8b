import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { authOptionsFor, createRequestContext } from "../core/request-context";
import { createCallerFactory } from "../core/trpc";
import { portalRouter, type PortalRouter } from "./router";

export { createContext, type Caller, type Context } from "../core/context";
export { calendarFeedFor } from "./calendar/feed";
export { centerContact } from "../services/center";

/** The portal app's next-auth options (its own cookie names; client and family accounts only). */
export const getPortalAuthOptions = () => authOptionsFor("portal");
/** The tRPC context of one portal request. */
export const createPortalRequestContext = () => createRequestContext("portal");
export { portalRouter, type PortalRouter };
export const createPortalCaller = createCallerFactory(portalRouter);
export type PortalInputs = inferRouterInputs<PortalRouter>;
export type PortalOutputs = inferRouterOutputs<PortalRouter>;
