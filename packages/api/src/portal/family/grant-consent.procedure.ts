import { consentGrantSchema } from "@stepwise/domain";
import { recordAudit } from "../../audit";
import { inTransactionOrNotFound } from "../../out-of-reach";
import { clientProcedure } from "../../trpc";
import { grantConsent } from "./grant-consent.handler";

/** The client signs a consent to share with one of their family members. */
export const grantConsentProcedure = clientProcedure.input(consentGrantSchema).mutation(({ ctx, input }) =>
  inTransactionOrNotFound(ctx, { action: "family.grantConsent", resourceType: "family_member", resourceId: input.familyMemberId }, async (tx) => {
    const granted = await grantConsent(tx, ctx.client.clientId, input, new Date());
    if (!("consentId" in granted)) return granted;
    await recordAudit(tx, ctx.caller, {
      action: "family.grantConsent",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "consent",
      resourceId: granted.consentId,
      detail: { familyMemberId: granted.familyMemberId, scopes: input.scopes },
    });
    return { consentId: granted.consentId };
  }),
);
