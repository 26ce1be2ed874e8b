import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { authOptionsFor, createRequestContext } from "../core/request-context";
import { createCallerFactory } from "../core/trpc";
import { staffRouter, type StaffRouter } from "./router";

export { createContext, type Caller, type Context } from "../core/context";
export { auditCsvFile, auditCsvFileName } from "./audit/csv-file";
export { centerContact } from "../services/center";

/** The staff app's next-auth options (its own cookie names; staff accounts only). */
export const getStaffAuthOptions = () => authOptionsFor("staff");
/** The tRPC context of one staff request. */
export const createStaffRequestContext = () => createRequestContext("staff");
export { staffRouter, type StaffRouter };
export const createStaffCaller = createCallerFactory(staffRouter);
export type StaffInputs = inferRouterInputs<StaffRouter>;
export type StaffOutputs = inferRouterOutputs<StaffRouter>;
