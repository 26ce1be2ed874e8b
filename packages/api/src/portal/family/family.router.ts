import { createRouter } from "../../core/trpc";
import { consentFormProcedure } from "./consent-form.procedure";
import { grantConsentProcedure } from "./grant-consent.procedure";
import { invite } from "./invite.procedure";
import { familyMembersProcedure } from "./members.procedure";
import { resendInvitation } from "./resend-invitation.procedure";
import { revokeConsentProcedure } from "./revoke-consent.procedure";

/** The client's own family: who is invited or joined, and what the client shares with each. */
export const familyRouter = createRouter({
  members: familyMembersProcedure,
  consentForm: consentFormProcedure,
  invite,
  resendInvitation,
  grantConsent: grantConsentProcedure,
  revokeConsent: revokeConsentProcedure,
});
