import { z } from "zod";
import { notFound } from "../../core/errors";
import { attendanceSessionProcedure } from "../scopes";
import { findNamesLastFirst, findRevisions, rostersOf } from "./attendance.queries";

/**
 * Every version of one client's record for one session, oldest first, with who recorded each.
 * A client not on that session's roster answers like a session that does not exist.
 */
export const attendanceHistory = attendanceSessionProcedure({ lock: false })
  .input(z.object({ clientId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const roster = (await rostersOf(ctx.db, [ctx.session])).get(ctx.session.id);
    if (!roster?.clientIds.includes(input.clientId)) return notFound({ clients: [input.clientId] });
    ctx.audit({ clients: [input.clientId] });
    const [names, revisions] = await Promise.all([findNamesLastFirst(ctx.db, [input.clientId]), findRevisions(ctx.db, ctx.session.id, [input.clientId])]);
    return {
      clientId: input.clientId,
      name: names.get(input.clientId) ?? "",
      revisions: revisions.map(({ clientId: _client, ...revision }) => revision),
    };
  });
