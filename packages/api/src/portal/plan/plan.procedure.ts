import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { clientProcedure } from "../../trpc";
import { getPlan } from "./plan.handler";

export const myPlan = clientProcedure.query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const plan = await getPlan(tx, ctx.client, new Date());
    if (!plan) return notFound();
    await recordAudit(tx, ctx.caller, {
      action: "plan.mine",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "plan",
    });
    return plan;
  }),
);
