import { findFamilyOfClient } from "../../queries/family-members.queries";
import { clientProcedure } from "../../core/trpc";

/** The client's family members: whether they joined, and who may see what, until when. */
export const familyMembersProcedure = clientProcedure.query(async ({ ctx }) => {
  const members = await findFamilyOfClient(ctx.db, ctx.client.clientId, new Date());
  ctx.audit({ resource: { type: "family_member" } });
  return members;
});
