import { createRouter } from "../../core/trpc";
import { acceptInvitationProcedure } from "./accept.procedure";
import { previewInvitationProcedure } from "./preview.procedure";

/** Accepting a family invitation. Public: the single-use link is the credential. */
export const invitationRouter = createRouter({
  preview: previewInvitationProcedure,
  accept: acceptInvitationProcedure,
});
