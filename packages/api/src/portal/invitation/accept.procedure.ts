import { publicProcedure } from "../../core/trpc";
import { acceptInvitationInput } from "./accept.input";
import { acceptInvitation } from "./accept.handler";

/**
 * Public on purpose: the person may have no account yet. The 32-byte link is the credential; the
 * server decides what the password is for: an existing family account's password, checked, or
 * a new account's, held to the policy. A refusal rolls the attempt back, so nothing of it is left
 * but the denied audit row.
 */
export const acceptInvitationProcedure = publicProcedure
  .input(acceptInvitationInput)
  .mutation(({ ctx, input }) => acceptInvitation(ctx.db, ctx.audit, input, new Date()));
