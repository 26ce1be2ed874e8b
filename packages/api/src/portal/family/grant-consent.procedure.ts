import { consentGrantSchema } from "@stepwise/domain";
import { ownFamilyMemberProcedure } from "../scopes";
import { grantConsent } from "./grant-consent.handler";

/** The client signs a consent to share with one of their family members; it replaces the ones in force to them. */
export const grantConsentProcedure = ownFamilyMemberProcedure({ lock: true })
  .input(consentGrantSchema)
  .mutation(async ({ ctx, input }) => {
    const granted = await grantConsent(ctx.db, ctx.audit, { clientId: ctx.client.clientId, member: ctx.familyMember, grant: input }, new Date());
    ctx.audit({
      resource: { type: "consent", id: granted.consentId },
      detail: { familyMemberId: ctx.familyMember.id, scopes: input.scopes, replaced: granted.replaced, seatsReleased: granted.seatsReleased },
    });
    return { consentId: granted.consentId, replaced: granted.replaced };
  });
