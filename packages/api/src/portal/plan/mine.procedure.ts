import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { getPlan } from "./mine.handler";

/** The client's "My plan": level of care, program, care team, this week and what comes next. */
export const myPlan = clientProcedure.query(async ({ ctx }) => {
  const plan = (await getPlan(ctx.db, ctx.client, new Date())) ?? notFound();
  ctx.audit({ resource: { type: "plan" } });
  return plan;
});
