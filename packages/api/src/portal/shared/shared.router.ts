import { createRouter } from "../../trpc";

export const sharedRouter = createRouter({});
