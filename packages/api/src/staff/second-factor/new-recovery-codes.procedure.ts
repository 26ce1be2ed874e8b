import { totpCodeInputSchema } from "@stepwise/domain";
import { secondFactorProcedure } from "../../core/trpc";
import { replaceOwnRecoveryCodes } from "../../services/second-factor";

/** New recovery codes for a proven session, with a current code; the old ones stop working. */
export const newRecoveryCodesProcedure = secondFactorProcedure("staff")
  .input(totpCodeInputSchema)
  .mutation(({ ctx, input }) => replaceOwnRecoveryCodes(ctx, input, new Date()));
