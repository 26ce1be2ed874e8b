import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createCallerFactory } from "../trpc";
import { staffRouter, type StaffRouter } from "./router";

export { createContext, type Caller, type Context } from "../context";
export { staffRouter, type StaffRouter };
export const createStaffCaller = createCallerFactory(staffRouter);
export type StaffInputs = inferRouterInputs<StaffRouter>;
export type StaffOutputs = inferRouterOutputs<StaffRouter>;
