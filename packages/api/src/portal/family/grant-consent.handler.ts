import type { Transaction } from "@stepwise/db/client";
import { consents } from "@stepwise/db/schema";
import { type ConsentGrant, consentGrantProblems, isEnrollmentOpen, rightToRevokeStatement } from "@stepwise/domain";
import { consentToday, expiryColumns } from "../../consents";
import { fail, notFound } from "../../errors";
import { type OutOfReach, outOfReach } from "../../out-of-reach";
import { findPortalEnrollment } from "../portal-enrollment.queries";
import { findClientNames, lockFamilyMember, ownerOfFamilyMember } from "./family.queries";

/**
 * Records the client's signed consent to share with one of their own family members, after the
 * domain's checks. Earlier consents stay as they were: each signature is kept as signed.
 */
export async function grantConsent(
  tx: Transaction,
  clientId: string,
  grant: ConsentGrant,
  now: Date,
): Promise<{ consentId: string; familyMemberId: string } | OutOfReach> {
  const member = await lockFamilyMember(tx, clientId, grant.familyMemberId);
  if (!member) return outOfReach(await ownerOfFamilyMember(tx, grant.familyMemberId));
  const [client, care] = await Promise.all([findClientNames(tx, clientId), findPortalEnrollment(tx, clientId)]);
  if (!client || !care) return notFound();
  const problems = consentGrantProblems(grant, { today: consentToday(now), client, inTreatment: isEnrollmentOpen(care.episode?.status ?? null) });
  if (Object.keys(problems).length > 0) fail({ kind: "invalid", message: "Please check these before signing.", fieldErrors: problems });
  const [row] = await tx
    .insert(consents)
    .values({
      clientId,
      familyMemberId: member.id,
      scopes: grant.scopes,
      purpose: grant.purpose,
      ...expiryColumns(grant.expiry),
      signedName: grant.signedName,
      signedAt: now,
      revocationStatement: rightToRevokeStatement,
    })
    .returning({ id: consents.id });
  return { consentId: row!.id, familyMemberId: member.id };
}
