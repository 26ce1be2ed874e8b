import { createRouter } from "../../trpc";

export const familyRouter = createRouter({});
