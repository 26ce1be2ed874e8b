import { consentGrantSchema } from "@stepwise/domain";
import { ownFamilyMemberProcedure } from "../scopes";
import { grantConsent } from "./grant-consent.handler";

/** The client signs a consent to share with one of their family members. */
export const grantConsentProcedure = ownFamilyMemberProcedure({ lock: true })
  .input(consentGrantSchema)
  .mutation(async ({ ctx, input }) => {
    const consentId = await grantConsent(ctx.db, ctx.client.clientId, ctx.familyMember, input, new Date());
    ctx.audit({ resource: { type: "consent", id: consentId }, detail: { familyMemberId: ctx.familyMember.id, scopes: input.scopes } });
    return { consentId };
  });
