import { clientSearchInputSchema } from "@stepwise/domain";
import { recordAudit } from "../../audit";
import { staffProcedure } from "../../trpc";
import { getClientList } from "./client-list.handler";

/** Finding clients by name or standing, including those not (or no longer) in active care. */
export const listClients = staffProcedure("client.read")
  .input(clientSearchInputSchema.optional())
  .query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const found = await getClientList(tx, input ?? {});
      // One audit row per client shown: the list discloses each of them.
      await recordAudit(
        tx,
        ctx.caller,
        found.clients.map((row) => ({
          action: "clients.list",
          outcome: "allowed" as const,
          subjectClientId: row.clientId,
          resourceType: "client",
          resourceId: row.clientId,
        })),
      );
      return found;
    }),
  );
