import { findFamilyOfClient } from "../../queries/family-members.queries";
import { clientRecordProcedure } from "../scopes";

/**
 * The client's family members by name and every consent the client gave each of them, newest
 * first, with where each consent stands now: the same reading as the client's own family page.
 * Read-only: consent is the client's to give and take back, in their portal; staff only see it.
 */
export const clientConsents = clientRecordProcedure("client.read").query(async ({ ctx }) => ({
  familyMembers: await findFamilyOfClient(ctx.db, ctx.client.id, new Date(), "name"),
}));
