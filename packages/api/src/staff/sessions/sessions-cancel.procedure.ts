import { programSessions } from "@stepwise/db/schema";
import { sessionCancelSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { fail, notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { findSession } from "./sessions.queries";

/** Cancels one dated session with a reason; its template and the other sessions carry on. */
export const cancelSession = staffProcedure("program.write")
  .input(z.object({ sessionId: z.uuid() }).and(sessionCancelSchema))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const found = await findSession(tx, input.sessionId, true);
      if (!found) return notFound();
      const { session } = found;
      if (session.cancelledAt) {
        fail({ kind: "conflict", message: `This session is already cancelled (${session.cancellationReason ?? "no reason given"}).` });
      }
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
