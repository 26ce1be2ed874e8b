import { attendance, programSessions } from "@stepwise/db/schema";
import { describeSessionCancelRefusal, sessionCancelRefusals, sessionCancelSchema } from "@stepwise/domain";
import { count, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { fail } from "../../errors";
import { inTransactionOrNotFound } from "../../out-of-reach";
import { staffProcedure } from "../../trpc";
import { refuseWithReasons } from "../programs/refuse";
import { reachSession } from "./session-reach";

/**
 * Cancels one dated session still to come, with a reason; its template and the other sessions
 * carry on. A session that happened keeps its attendance and hours: it is refused here.
 */
export const cancelSession = staffProcedure("program.write")
  .input(z.object({ sessionId: z.uuid() }).and(sessionCancelSchema))
  .mutation(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "sessions.cancel", resourceType: "program_session", resourceId: input.sessionId }, async (tx) => {
      const found = await reachSession(tx, input.sessionId, ctx.staff.role, true);
      if (!("session" in found)) return found;
      const { session } = found;
      if (session.cancelledAt) {
        fail({ kind: "conflict", message: `This session is already cancelled (${session.cancellationReason ?? "no reason given"}).` });
      }
      // The session row is locked, so no attendance can be taken while this is decided.
      const [recorded] = await tx.select({ records: count() }).from(attendance).where(eq(attendance.sessionId, session.id));
      const refusals = sessionCancelRefusals(session, recorded?.records ?? 0, new Date());
      if (refusals.length > 0) refuseWithReasons("This session can't be cancelled:", refusals.map(describeSessionCancelRefusal));
      await tx
        .update(programSessions)
        .set({ cancelledAt: new Date(), cancellationReason: input.reason })
        .where(eq(programSessions.id, session.id));
      await recordAudit(tx, ctx.caller, {
        action: "sessions.cancel",
        outcome: "allowed",
        subjectClientId: session.clientId,
        resourceType: "program_session",
        resourceId: session.id,
        detail: { reason: input.reason },
      });
      return { sessionId: session.id };
    }),
  );
