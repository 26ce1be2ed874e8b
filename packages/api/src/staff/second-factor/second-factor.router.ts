import { createRouter } from "../../core/trpc";
import { confirmSetUpProcedure } from "./confirm-set-up.procedure";
import { newRecoveryCodesProcedure } from "./new-recovery-codes.procedure";
import { secondFactorOverviewProcedure } from "./overview.procedure";
import { startSetUpProcedure } from "./start-set-up.procedure";
import { verifySecondFactorProcedure } from "./verify.procedure";

/**
 * A staff member's own second factor: required for every role, set up at the first sign-in and
 * asked for at every one after. These stand on the second-factor rung, reachable before the
 * session has proven it; each decides by the session's status what it may do. Only a director or
 * administrator can remove one (staffAccounts.resetSecondFactor).
 */
export const secondFactorRouter = createRouter({
  overview: secondFactorOverviewProcedure,
  startSetUp: startSetUpProcedure,
  confirmSetUp: confirmSetUpProcedure,
  verify: verifySecondFactorProcedure,
  newRecoveryCodes: newRecoveryCodesProcedure,
});
