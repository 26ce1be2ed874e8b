import { clients, passwordSetupTokens } from "@stepwise/db/schema";
import { and, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { fail, notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { issuePasswordSetupLink } from "./portal-account";

export const setupLinkInput = z.object({ clientId: z.uuid() });

/**
 * A fresh setup link for a client whose portal account was opened here and never finished.
 * Links handed out before stop working, so only the newest one is live. A client that does not
 * exist is audited as denied and answered not-found.
 */
export const setupLink = staffProcedure("enrollment.write")
  .input(setupLinkInput)
  .mutation(async ({ ctx, input }) => {
    const result = await ctx.db.transaction(async (tx) => {
      const [client] = await tx.select({ id: clients.id, userId: clients.userId }).from(clients).where(eq(clients.id, input.clientId));
      if (!client) return null;
      if (!client.userId) {
        fail({ kind: "invalid", message: "This client has no portal account. Add an email address when creating the client to open one." });
      }
      const userId = client.userId;
      const tokens = await tx
        .select({ used: isNotNull(passwordSetupTokens.usedAt).mapWith(Boolean) })
        .from(passwordSetupTokens)
        .where(eq(passwordSetupTokens.userId, userId))
        .for("update");
      if (tokens.length === 0 || tokens.some((token) => token.used)) {
        fail({ kind: "invalid", message: "This client's password is already set; they can sign in to the portal with it." });
      }
      const now = new Date();
      await tx
        .update(passwordSetupTokens)
        .set({ expiresAt: sql`greatest(${passwordSetupTokens.createdAt} + interval '1 millisecond', now())` })
        .where(and(eq(passwordSetupTokens.userId, userId), isNull(passwordSetupTokens.usedAt), gt(passwordSetupTokens.expiresAt, now)));
      const link = await issuePasswordSetupLink(tx, { userId, createdByUserId: ctx.caller.userId, now });
      await recordAudit(tx, ctx.caller, {
        action: "clients.setupLink",
        outcome: "allowed",
        subjectClientId: client.id,
        resourceType: "client",
        resourceId: client.id,
      });
      return { setupLink: link };
    });
    if (!result) {
      await recordAudit(ctx.db, ctx.caller, { action: "clients.setupLink", outcome: "denied", resourceType: "client", resourceId: input.clientId });
      return notFound();
    }
    return result;
  });
