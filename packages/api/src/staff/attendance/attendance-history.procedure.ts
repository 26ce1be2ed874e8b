import { z } from "zod";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { findClientNames, findRevisions, findSession, rostersOf } from "./attendance.queries";

export const attendanceHistoryInput = z.object({ sessionId: z.uuid(), clientId: z.uuid() });

/**
 * Every version of one client's record for one session, oldest first, with who recorded each.
 * A client not on that session's roster answers like a session that does not exist.
 */
export const attendanceHistory = staffProcedure("attendance.write")
  .input(attendanceHistoryInput)
  .query(async ({ ctx, input }) => {
    const history = await ctx.db.transaction(async (tx) => {
      const session = await findSession(tx, input.sessionId);
      if (!session) return null;
      const roster = (await rostersOf(tx, [session])).get(session.id);
      if (!roster?.clientIds.includes(input.clientId)) return null;
      const [names, revisions] = await Promise.all([
        findClientNames(tx, [input.clientId]),
        findRevisions(tx, session.id, [input.clientId]),
      ]);
      await recordAudit(tx, ctx.caller, {
        action: "attendance.history",
        outcome: "allowed",
        subjectClientId: input.clientId,
        resourceType: "program_session",
        resourceId: input.sessionId,
      });
      return {
        clientId: input.clientId,
        name: names.get(input.clientId) ?? "",
        revisions: revisions.map(({ clientId: _client, ...revision }) => revision),
      };
    });
    if (!history) {
      await recordAudit(ctx.db, ctx.caller, {
        action: "attendance.history",
        outcome: "denied",
        resourceType: "program_session",
        resourceId: input.sessionId,
      });
      return notFound();
    }
    return history;
  });
