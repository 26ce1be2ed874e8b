import type { Executor } from "@stepwise/db/client";
import type { ConsentScope } from "@stepwise/domain";
import { z } from "zod";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { familyProcedure } from "../../trpc";
import { type ConsentedClient, auditFamilyRead, requireScope } from "../consent-access";

export const sharedClientInputSchema = z.object({ clientId: z.uuid() });

/**
 * A family member's read of one client's information under one scope. The consent is checked in
 * the same transaction as the read, and the read is audited there too; without an active consent
 * sharing the scope, the answer is the same NOT_FOUND as for an id that names nobody.
 */
export function sharedRead<T>(
  scope: ConsentScope,
  names: { action: string; resourceType: string },
  read: (db: Executor, client: ConsentedClient, now: Date) => Promise<T | null>,
) {
  return familyProcedure.input(sharedClientInputSchema).query(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { ...names, resourceId: input.clientId }, async (tx) => {
      const now = new Date();
      const client = await requireScope(tx, { userId: ctx.caller.userId, clientId: input.clientId, scope }, now);
      if (!("clientId" in client)) return client;
      const found = await read(tx, client, now);
      // A consented client whose record can't be read answers like any other missing one.
      if (found === null) return outOfReach(client.clientId);
      await auditFamilyRead(tx, ctx.caller, { ...names, scope }, [client.clientId]);
      return found;
    }),
  );
}
