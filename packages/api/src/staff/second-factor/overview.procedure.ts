import { secondFactorProcedure } from "../../core/trpc";
import { secondFactorOverview } from "../../services/second-factor";

/** Where the account stands with its second factor; reads nobody's health information. */
export const secondFactorOverviewProcedure = secondFactorProcedure("staff").query(({ ctx }) => secondFactorOverview(ctx));
