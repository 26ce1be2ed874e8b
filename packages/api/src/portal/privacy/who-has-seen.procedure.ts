import { auditCursorSchema, auditSearchPageSize } from "@stepwise/domain";
import { z } from "zod";
import { clientProcedure } from "../../core/trpc";
import { informationSeen } from "../../services/information-seen";

/**
 * "Who has seen my information": every time a family member saw something the client shares, with
 * the consents it was under, and every time someone at the center opened or changed their
 * information, by role, newest first, a page at a time. Only the client's own rows, and of them
 * only when and what: never a staff member's name, another client, or anything the row recorded
 * about the work itself.
 */
export const whoHasSeen = clientProcedure.input(z.object({ before: auditCursorSchema.optional() }).optional()).query(async ({ ctx, input }) => {
  ctx.audit({ resource: { type: "disclosures", id: ctx.client.clientId } });
  const page = await informationSeen(ctx.db, ctx.client.clientId, { actorKinds: ["family", "staff"], before: input?.before, size: auditSearchPageSize });
  return {
    entries: page.entries.map((entry) => ({
      id: entry.id,
      at: entry.at,
      action: entry.action,
      seenBy: entry.seenBy,
      consents: entry.consents.map((consent) => ({ id: consent.id, signedOn: consent.signedOn })),
    })),
    nextBefore: page.nextBefore,
  };
});
