import { notFound } from "../../core/errors";
import { consentedClientProcedure } from "../scopes";
import { getSharedPlan } from "./plan.handler";

/** A consenting client's plan summary: level of care, program, start and usual length. */
export const sharedPlan = consentedClientProcedure("plan_summary").query(async ({ ctx }) => {
  return (await getSharedPlan(ctx.db, ctx.consented)) ?? notFound();
});
