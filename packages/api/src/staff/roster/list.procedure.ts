import { complianceBoardFilterSchema, complianceBoardPage, needsFollowUp } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { getRoster } from "./roster.handler";

/**
 * The compliance board, one page at a time: optional filters by program, flag and the caller's
 * own caseload, most urgent first, with how many clients match in all and how many of them need follow-up.
 */
export const listRoster = staffProcedure("roster.read")
  .input(complianceBoardFilterSchema.optional())
  .query(async ({ ctx, input }) => {
    await ctx.rateLimit("roster.list");
    const roster = await getRoster(ctx.db, new Date(), input ?? {}, ctx.staff);
    const page = complianceBoardPage(roster, input?.page);
    // One row names every client on the page shown, and only them.
    ctx.audit({ clients: page.rows.map((row) => row.clientId), resource: { type: "roster" } });
    return { ...page, needFollowUp: roster.filter(needsFollowUp).length };
  });
