import { staffProcedure } from "../../core/trpc";
import { findStaffAccounts } from "./staff-accounts.queries";

/** The center's staff accounts, for whoever resets a colleague's second factor: no client's information. */
export const listStaffAccounts = staffProcedure("second_factor.reset").query(async ({ ctx }) =>
  (await findStaffAccounts(ctx.db)).map(({ userId, kind: _kind, disabledAt, ...account }) => ({
    ...account,
    active: disabledAt === null,
    isYou: userId === ctx.caller.userId,
  })),
);
