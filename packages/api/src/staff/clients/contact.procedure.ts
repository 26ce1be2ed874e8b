import { clientContactInputSchema } from "@stepwise/domain";
import { clientRecordProcedure } from "../scopes";
import { findClientContact, updateClientContact } from "./contact.queries";

/** A client's phone, email and emergency contact, for the roles that reach out (client.contact). */
export const clientContact = clientRecordProcedure("client.contact").query(({ ctx }) => findClientContact(ctx.db, ctx.client.id));

/** Keeps a client's contact details up to date; what was left blank is cleared. */
export const updateContact = clientRecordProcedure("client.contact")
  .input(clientContactInputSchema)
  .mutation(({ ctx, input }) => updateClientContact(ctx.db, ctx.client.id, input));
