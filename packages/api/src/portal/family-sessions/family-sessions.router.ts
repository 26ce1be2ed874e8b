import { createRouter } from "../../trpc";

export const familySessionsRouter = createRouter({});
