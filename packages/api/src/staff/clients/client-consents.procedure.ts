import { clients } from "@stepwise/db/schema";
import type { FamilyMemberStanding } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { expiryOf, standingOf } from "../../consents";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../trpc";
import { findConsentsOfClient, findFamilyMembers } from "./client-consents.queries";

export const clientConsentsInput = z.object({ clientId: z.uuid() });

/** Where a family member stands: joined once they accepted, otherwise invited until the link lapses. */
function memberStanding(member: { joinedAt: Date | null; invitationExpiresAt: Date | null }, now: Date): FamilyMemberStanding {
  if (member.joinedAt) return "joined";
  if (member.invitationExpiresAt && member.invitationExpiresAt.getTime() <= now.getTime()) return "invitation_expired";
  return "invited";
}

/**
 * The client's family members and every consent the client gave each of them, newest first,
 * with where each consent stands now. Read-only: consent is the client's to give and take back,
 * in their portal; staff only see it.
 */
export const clientConsents = staffProcedure("client.read")
  .input(clientConsentsInput)
  .query(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "clients.consents", resourceType: "client", resourceId: input.clientId }, async (tx) => {
      const [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.clientId));
      if (!client) return outOfReach();
      const now = new Date();
      const [members, given] = await Promise.all([findFamilyMembers(tx, client.id), findConsentsOfClient(tx, client.id)]);
      await recordAudit(tx, ctx.caller, {
        action: "clients.consents",
        outcome: "allowed",
        subjectClientId: client.id,
        resourceType: "client",
        resourceId: client.id,
      });
      return {
        familyMembers: members.map(({ invitationExpiresAt, ...member }) => ({
          ...member,
          standing: memberStanding({ joinedAt: member.joinedAt, invitationExpiresAt }, now),
          consents: given
            .filter((consent) => consent.familyMemberId === member.id)
            .map((consent) => ({
              id: consent.id,
              scopes: consent.scopes,
              purpose: consent.purpose,
              expiry: expiryOf(consent),
              signedName: consent.signedName,
              signedAt: consent.signedAt,
              revokedAt: consent.revokedAt,
              standing: standingOf(consent, now),
            })),
        })),
      };
    }),
  );
