import { totpCodeInputSchema } from "@stepwise/domain";
import { secondFactorProcedure } from "../../core/trpc";
import { confirmSetUp } from "../../services/second-factor";

/** The app's first code confirms it; answers the recovery codes, this once. */
export const confirmSetUpProcedure = secondFactorProcedure("portal").input(totpCodeInputSchema).mutation(({ ctx, input }) => confirmSetUp(ctx, input, new Date()));
