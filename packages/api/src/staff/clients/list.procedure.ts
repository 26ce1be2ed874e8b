import { clientSearchInputSchema } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { getClientList } from "./list.handler";

/** Finding clients by name, date of birth, standing or the caller's caseload, including those not (or no longer) in active care. */
export const listClients = staffProcedure("client.read")
  .input(clientSearchInputSchema.optional())
  .query(async ({ ctx, input }) => {
    await ctx.rateLimit("clients.list");
    const found = await getClientList(ctx.db, input ?? {}, ctx.staff);
    ctx.audit({ clients: found.clients.map((row) => row.clientId), resource: { type: "client" } });
    return found;
  });
