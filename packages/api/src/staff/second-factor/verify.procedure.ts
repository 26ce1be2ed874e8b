import { secondFactorProofSchema } from "@stepwise/domain";
import { secondFactorProcedure } from "../../core/trpc";
import { proveSecondFactor } from "../../services/second-factor";

/** The second step of signing in: a code from the app or a recovery code. */
export const verifySecondFactorProcedure = secondFactorProcedure("staff").input(secondFactorProofSchema).mutation(({ ctx, input }) => proveSecondFactor(ctx, input, new Date()));
