import { consentRevocationSchema } from "@stepwise/domain";
import { clientProcedure } from "../../core/trpc";
import { revokeConsent } from "./revoke-consent.handler";

/** The client stops sharing under one consent; it ends at once and stays in the history. */
export const revokeConsentProcedure = clientProcedure.input(consentRevocationSchema).mutation(async ({ ctx, input }) => {
  ctx.audit({ resource: { type: "consent", id: input.consentId } });
  const revoked = await revokeConsent(ctx.db, ctx.audit, { clientId: ctx.client.clientId, consentId: input.consentId }, new Date());
  ctx.audit({ detail: { familyMemberId: revoked.familyMemberId, seatsReleased: revoked.seatsReleased } });
  return { consentId: revoked.consentId };
});
