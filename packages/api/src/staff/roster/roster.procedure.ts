import { complianceBoardFilterSchema } from "@stepwise/domain";
import { recordAudit } from "../../core/audit";
import { staffProcedure } from "../../core/trpc";
import { getRoster } from "./roster.handler";

/** The compliance board: optional filters by program and flag; the order stays most urgent first. */
export const listRoster = staffProcedure("roster.read")
  .input(complianceBoardFilterSchema.optional())
  .query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const roster = await getRoster(tx, new Date(), input ?? {});
      // One audit row per client shown: the roster discloses each of them.
      await recordAudit(
        tx,
        ctx.caller,
        roster.map((row) => ({
          action: "roster.list",
          outcome: "allowed" as const,
          subjectClientId: row.clientId,
          resourceType: "roster",
        })),
      );
      return roster;
    }),
  );
