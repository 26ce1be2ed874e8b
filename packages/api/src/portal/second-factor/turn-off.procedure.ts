import { totpCodeInputSchema } from "@stepwise/domain";
import { secondFactorProcedure } from "../../core/trpc";
import { turnOffOwnSecondFactor } from "../../services/second-factor";

/** A client or family member turns their second factor off, with a current code. */
export const turnOffSecondFactorProcedure = secondFactorProcedure("portal")
  .input(totpCodeInputSchema)
  .mutation(({ ctx, input }) => turnOffOwnSecondFactor(ctx, input, new Date()));
