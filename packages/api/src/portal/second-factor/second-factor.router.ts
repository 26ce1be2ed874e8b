import { createRouter } from "../../core/trpc";
import { confirmSetUpProcedure } from "./confirm-set-up.procedure";
import { newRecoveryCodesProcedure } from "./new-recovery-codes.procedure";
import { secondFactorOverviewProcedure } from "./overview.procedure";
import { startSetUpProcedure } from "./start-set-up.procedure";
import { turnOffSecondFactorProcedure } from "./turn-off.procedure";
import { verifySecondFactorProcedure } from "./verify.procedure";

/**
 * A client's or family member's own second factor: optional, turned on and off on their account
 * page, and asked for at sign-in once on. These stand on the second-factor rung, reachable before
 * the session has proven it; each decides by the session's status what it may do.
 */
export const secondFactorRouter = createRouter({
  overview: secondFactorOverviewProcedure,
  startSetUp: startSetUpProcedure,
  confirmSetUp: confirmSetUpProcedure,
  verify: verifySecondFactorProcedure,
  newRecoveryCodes: newRecoveryCodesProcedure,
  turnOff: turnOffSecondFactorProcedure,
});
