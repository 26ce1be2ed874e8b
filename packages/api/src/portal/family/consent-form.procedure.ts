import { acceptedSignatureNames, addDays, consentToday, isEnrollmentOpen, maxConsentDays } from "@stepwise/domain";
import { notFound } from "../../core/errors";
import { findClientEpisode } from "../../queries/client-episode.queries";
import { ownFamilyMemberProcedure } from "../scopes";
import { findClientNames } from "./family.queries";

/**
 * What the consent form needs before the client signs: who they share with, the names a signature
 * may be, the dates an end may fall on, and whether "when my treatment here ends" can be chosen.
 */
export const consentFormProcedure = ownFamilyMemberProcedure({ lock: false }).query(async ({ ctx }) => {
  const member = ctx.familyMember;
  const [client, care] = await Promise.all([findClientNames(ctx.db, ctx.client.clientId), findClientEpisode(ctx.db, ctx.client.clientId)]);
  if (!client || !care) return notFound();
  const today = consentToday(new Date());
  return {
    member: { id: member.id, name: member.name, relationship: member.relationship, joined: member.joinedAt !== null },
    /** The names a signature is accepted as; the first is the legal one. */
    signatureNames: acceptedSignatureNames(client),
    inTreatment: isEnrollmentOpen(care.episode?.status ?? null),
    today,
    latestEndDate: addDays(today, maxConsentDays),
  };
});
