import { createRouter } from "../../trpc";
import { acceptInvitationProcedure } from "./accept.procedure";
import { previewInvitation } from "./preview.procedure";

/** Accepting a family invitation. Public: the single-use link is the credential. */
export const invitationRouter = createRouter({
  preview: previewInvitation,
  accept: acceptInvitationProcedure,
});
