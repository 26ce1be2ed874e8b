import { consentRevocationSchema } from "@stepwise/domain";
import { recordAudit } from "../../audit";
import { inTransactionOrNotFound } from "../../out-of-reach";
import { clientProcedure } from "../../trpc";
import { revokeConsent } from "./revoke-consent";

/** The client stops sharing under one consent; it ends at once and stays in the history. */
export const revokeConsentProcedure = clientProcedure.input(consentRevocationSchema).mutation(({ ctx, input }) =>
  inTransactionOrNotFound(ctx, { action: "family.revokeConsent", resourceType: "consent", resourceId: input.consentId }, async (tx) => {
    const revoked = await revokeConsent(tx, { clientId: ctx.client.clientId, consentId: input.consentId, actor: ctx.caller }, new Date());
    if (!("consentId" in revoked)) return revoked;
    await recordAudit(tx, ctx.caller, {
      action: "family.revokeConsent",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "consent",
      resourceId: revoked.consentId,
      detail: { familyMemberId: revoked.familyMemberId, seatsReleased: revoked.seatsReleased },
    });
    return { consentId: revoked.consentId };
  }),
);
