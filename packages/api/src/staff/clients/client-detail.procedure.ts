import { z } from "zod";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { getClientDetail } from "./client-detail.handler";

export const clientDetailInput = z.object({ clientId: z.uuid() });

export const clientDetail = staffProcedure("client.read")
  .input(clientDetailInput)
  .query(async ({ ctx, input }) => {
    const detail = await ctx.db.transaction(async (tx) => {
      const found = await getClientDetail(tx, input.clientId, new Date());
      if (found) {
        await recordAudit(tx, ctx.caller, {
          action: "clients.detail",
          outcome: "allowed",
          subjectClientId: input.clientId,
          resourceType: "client",
          resourceId: input.clientId,
        });
      }
      return found;
    });
    if (!detail) {
      await recordAudit(ctx.db, ctx.caller, {
        action: "clients.detail",
        outcome: "denied",
        resourceType: "client",
        resourceId: input.clientId,
      });
      return notFound();
    }
    return detail;
  });
