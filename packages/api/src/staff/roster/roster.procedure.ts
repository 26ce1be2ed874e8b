import { recordAudit } from "../../audit";
import { staffProcedure } from "../../trpc";
import { getRoster } from "./roster.handler";

export const listRoster = staffProcedure("roster.read").query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const roster = await getRoster(tx, new Date());
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
