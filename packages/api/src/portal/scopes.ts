import type { ConsentScope } from "@stepwise/domain";
import { z } from "zod";
import { notFound } from "../core/errors";
import { clientProcedure, familyProcedure } from "../core/trpc";
import { consentsNote, requireScope } from "../services/consent-access";
import { findFamilyMember, lockFamilyMember, ownerOfFamilyMember } from "./family/family.queries";

/**
 * The portal's resource rungs: each loads, in the request's transaction, the record a procedure
 * is about, within what the caller may reach, into `ctx`, and notes it on the request's audit
 * row; anything else answers not found, like a record that does not exist, and the ladder audits
 * the denial.
 */

/**
 * A family member's read of one client under one consent scope, checked from the consents in the
 * database on every request: `ctx.consented` is the client as this person may know them.
 */
export function consentedClientProcedure(scope: ConsentScope) {
  return familyProcedure.input(z.object({ clientId: z.uuid() })).use(async ({ ctx, input, next }) => {
    ctx.audit({ resource: { type: scope, id: input.clientId } });
    const client = await requireScope(ctx.db, { userId: ctx.caller.userId, clientId: input.clientId, scope }, new Date());
    // The read names the scope and the consents in force that share it: the client's accounting of disclosures.
    ctx.audit({ clients: [client.clientId], detail: { scope, ...consentsNote([client], scope) } });
    return next({ ctx: { consented: client } });
  });
}

/**
 * One of the client's own family members, by `familyMemberId`, locked until the request ends when
 * it is about to change. Someone else's family member answers like one that does not exist; the
 * denied row names whose it was.
 */
export function ownFamilyMemberProcedure(options: { lock: boolean }) {
  return clientProcedure.input(z.object({ familyMemberId: z.uuid() })).use(async ({ ctx, input, next }) => {
    ctx.audit({ resource: { type: "family_member", id: input.familyMemberId } });
    const member = await (options.lock ? lockFamilyMember : findFamilyMember)(ctx.db, ctx.client.clientId, input.familyMemberId);
    if (!member) return notFound({ clients: [await ownerOfFamilyMember(ctx.db, input.familyMemberId)] });
    return next({ ctx: { familyMember: member } });
  });
}
