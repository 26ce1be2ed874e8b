import { createRouter } from "../../trpc";
import { consentFormProcedure } from "./consent-form.procedure";
import { familyMembersProcedure } from "./family-members.procedure";
import { grantConsentProcedure } from "./grant-consent.procedure";
import { invite, resendInvitation } from "./invite.procedure";
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
