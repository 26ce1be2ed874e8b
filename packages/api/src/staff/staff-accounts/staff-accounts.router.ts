import { createRouter } from "../../core/trpc";
import { listStaffAccounts } from "./list.procedure";
import { resetSecondFactor } from "./reset-second-factor.procedure";

/** The center's staff accounts, as directors and administrators look after them. */
export const staffAccountsRouter = createRouter({
  list: listStaffAccounts,
  resetSecondFactor,
});
