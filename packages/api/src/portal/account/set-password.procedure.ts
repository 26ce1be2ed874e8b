import { publicProcedure } from "../../core/trpc";
import { setPasswordInput } from "./set-password.input";
import { setPasswordFromToken } from "./set-password.handler";

/**
 * Public on purpose: the person is not signed in yet. The 32-byte token is the credential, and a
 * link that cannot be used answers the same words whatever the reason.
 */
export const setPassword = publicProcedure
  .input(setPasswordInput)
  .mutation(async ({ ctx, input }) => ({ email: (await setPasswordFromToken(ctx.db, ctx.audit, input, new Date())).email }));
