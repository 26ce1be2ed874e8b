import { secondFactorProcedure } from "../../core/trpc";
import { startSetUp } from "../../services/second-factor";

/** The authenticator app's secret to scan or type, while the account has none confirmed. */
export const startSetUpProcedure = secondFactorProcedure("portal").mutation(({ ctx }) => startSetUp(ctx));
