import { recordAudit } from "../../audit";
import { findFamilyOfClient } from "../../family-members.queries";
import { clientProcedure } from "../../trpc";

/** The client's family members: whether they joined, and who may see what, until when. */
export const familyMembersProcedure = clientProcedure.query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const members = await findFamilyOfClient(tx, ctx.client.clientId, new Date());
    await recordAudit(tx, ctx.caller, {
      action: "family.members",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "family_member",
    });
    return members;
  }),
);
