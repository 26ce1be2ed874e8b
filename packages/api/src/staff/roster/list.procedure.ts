import { complianceBoardFilterSchema } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { getRoster } from "./roster.handler";

/** The compliance board: optional filters by program and flag; the order stays most urgent first. */
export const listRoster = staffProcedure("roster.read")
  .input(complianceBoardFilterSchema.optional())
  .query(async ({ ctx, input }) => {
    const roster = await getRoster(ctx.db, new Date(), input ?? {});
    // One row names every client on the board.
    ctx.audit({ clients: roster.map((row) => row.clientId), resource: { type: "roster" } });
    return roster;
  });
