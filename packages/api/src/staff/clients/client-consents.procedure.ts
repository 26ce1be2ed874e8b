import { clients } from "@stepwise/db/schema";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { findFamilyOfClient } from "../../family-members.queries";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../trpc";

export const clientConsentsInput = z.object({ clientId: z.uuid() });

/**
 * The client's family members by name and every consent the client gave each of them, newest
 * first, with where each consent stands now: the same reading as the client's own family page.
 * Read-only: consent is the client's to give and take back, in their portal; staff only see it.
 */
export const clientConsents = staffProcedure("client.read")
  .input(clientConsentsInput)
  .query(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "clients.consents", resourceType: "client", resourceId: input.clientId }, async (tx) => {
      const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
      if (!client) return outOfReach();
      const familyMembers = await findFamilyOfClient(tx, client.id, new Date(), "name");
      await recordAudit(tx, ctx.caller, {
        action: "clients.consents",
        outcome: "allowed",
        subjectClientId: client.id,
        resourceType: "client",
        resourceId: client.id,
      });
      return { familyMembers };
    }),
  );
