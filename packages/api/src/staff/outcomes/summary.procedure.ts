import { outcomesSummarySchema } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { summarizeOutcomes } from "./summary.handler";

/**
 * Each program's outcomes on each instrument over a period (the last 90 days unless chosen).
 * Audited as an aggregate: the answer shows counts and shares, never a client, so no client is
 * named, and, like any read that shows nobody's information, it leaves no row (core/audit.ts);
 * the catalog has no words for a client about it either.
 */
export const outcomesSummary = staffProcedure("measures.read")
  .input(outcomesSummarySchema)
  .query(({ ctx, input }) => {
    ctx.audit({ resource: { type: "outcomes" }, detail: { aggregate: true } });
    return summarizeOutcomes(ctx.db, input, new Date());
  });
