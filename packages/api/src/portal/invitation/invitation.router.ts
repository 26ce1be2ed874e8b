import { createRouter } from "../../trpc";

export const invitationRouter = createRouter({});
