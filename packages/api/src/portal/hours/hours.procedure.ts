import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { clientProcedure } from "../../trpc";
import { getHours } from "./hours.handler";

export const myHours = clientProcedure.query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const hours = await getHours(tx, ctx.client, new Date());
    if (!hours) return notFound();
    await recordAudit(tx, ctx.caller, {
      action: "hours.mine",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "attendance",
    });
    return hours;
  }),
);
