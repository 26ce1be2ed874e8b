import { publicProcedure } from "../../core/trpc";
import { invitationTokenInput } from "./accept.input";
import { previewInvitation } from "./preview.handler";

/** Who invited whom, before accepting; nothing at all for a link that can't be used. */
export const previewInvitationProcedure = publicProcedure
  .input(invitationTokenInput)
  .query(({ ctx, input }) => previewInvitation(ctx.db, ctx.audit, input.token, new Date()));
