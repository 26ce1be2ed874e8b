import { describeSessionCancelRefusal, sessionCancelRefusals, sessionCancelSchema } from "@stepwise/domain";
import { fail, refuseWithReasons } from "../../core/errors";
import { sessionProcedure } from "../scopes";
import { cancelOneSession, countAttendance } from "./sessions.queries";

/**
 * Cancels one dated session still to come, with a reason; its template and the other sessions
 * carry on. A session that happened keeps its attendance and hours: it is refused here.
 */
export const cancelSession = sessionProcedure("program.write", { lock: true })
  .input(sessionCancelSchema)
  .mutation(async ({ ctx, input }) => {
    const { session } = ctx;
    if (session.cancelledAt) {
      fail({ kind: "conflict", message: `This session is already cancelled (${session.cancellationReason ?? "no reason given"}).` });
    }
    // The session row is locked, so no attendance can be taken while this is decided.
    const refusals = sessionCancelRefusals(session, await countAttendance(ctx.db, session.id), new Date());
    if (refusals.length > 0) refuseWithReasons("This session can't be cancelled:", refusals.map(describeSessionCancelRefusal));
    await cancelOneSession(ctx.db, session.id, { at: new Date(), reason: input.reason });
    ctx.audit({ detail: { reason: input.reason } });
    return { sessionId: session.id };
  });
