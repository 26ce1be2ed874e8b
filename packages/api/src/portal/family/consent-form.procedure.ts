import { acceptedSignatureNames, addDays, isEnrollmentOpen, maxConsentDays } from "@stepwise/domain";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { consentToday } from "../../consents";
import { notFound } from "../../errors";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { clientProcedure } from "../../trpc";
import { findPortalEnrollment } from "../portal-enrollment.queries";
import { findClientNames, findFamilyMember, ownerOfFamilyMember } from "./family.queries";

/**
 * What the consent form needs before the client signs: who they share with, the names a signature
 * may be, the dates an end may fall on, and whether "when my treatment here ends" can be chosen.
 */
export const consentFormProcedure = clientProcedure.input(z.object({ familyMemberId: z.uuid() })).query(({ ctx, input }) =>
  inTransactionOrNotFound(ctx, { action: "family.consentForm", resourceType: "family_member", resourceId: input.familyMemberId }, async (tx) => {
    const member = await findFamilyMember(tx, ctx.client.clientId, input.familyMemberId);
    if (!member) return outOfReach(await ownerOfFamilyMember(tx, input.familyMemberId));
    const [client, care] = await Promise.all([findClientNames(tx, ctx.client.clientId), findPortalEnrollment(tx, ctx.client.clientId)]);
    if (!client || !care) return notFound();
    await recordAudit(tx, ctx.caller, {
      action: "family.consentForm",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "family_member",
      resourceId: member.id,
    });
    const today = consentToday(new Date());
    return {
      member: { id: member.id, name: member.name, relationship: member.relationship, joined: member.joinedAt !== null },
      /** The names a signature is accepted as; the first is the legal one. */
      signatureNames: acceptedSignatureNames(client),
      inTreatment: isEnrollmentOpen(care.episode?.status ?? null),
      today,
      latestEndDate: addDays(today, maxConsentDays),
    };
  }),
);
