import { programSessions } from "@stepwise/db/schema";
import {
  describeOccurrenceEditRefusal,
  instantToZonedDate,
  occurrenceEditRefusals,
  sessionOccurrenceEditSchema,
  zonedWallClockToInstant,
} from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { inTransactionOrNotFound } from "../../out-of-reach";
import { staffProcedure } from "../../trpc";
import { ensureStaffMember } from "../programs/program-settings.queries";
import { refuseWithReasons } from "../programs/refuse";
import { reachSession } from "./session-reach";

/**
 * Changes one dated session on its own date, leaving its template and every other session as
 * they are; it is marked edited so later template changes pass it by.
 */
export const updateSession = staffProcedure("program.write")
  .input(z.object({ sessionId: z.uuid() }).and(sessionOccurrenceEditSchema))
  .mutation(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "sessions.update", resourceType: "program_session", resourceId: input.sessionId }, async (tx) => {
      const found = await reachSession(tx, input.sessionId, ctx.staff.role, true);
      if (!("session" in found)) return found;
      const { session, program } = found;
      const occursOn = session.occursOn ?? instantToZonedDate(session.startsAt, program.timeZone);
      const change = {
        startsAt: zonedWallClockToInstant(occursOn, input.startTime, program.timeZone),
        endsAt: zonedWallClockToInstant(occursOn, input.endTime, program.timeZone),
      };
      const now = new Date();
      const refusals = occurrenceEditRefusals(session, change, now);
      if (refusals.length > 0) refuseWithReasons("This session can't be changed:", refusals.map(describeOccurrenceEditRefusal));
      await ensureStaffMember(tx, input.facilitatorStaffId);
      await tx
        .update(programSessions)
        .set({
          ...change,
          facilitatorStaffId: input.facilitatorStaffId,
          location: input.location,
          videoUrl: input.videoUrl,
          editedAt: now,
        })
        .where(eq(programSessions.id, session.id));
      await recordAudit(tx, ctx.caller, {
        action: "sessions.update",
        outcome: "allowed",
        subjectClientId: session.clientId,
        resourceType: "program_session",
        resourceId: session.id,
        detail: {
          before: { startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), location: session.location },
          after: { startsAt: change.startsAt.toISOString(), endsAt: change.endsAt.toISOString(), location: input.location },
        },
      });
      return { sessionId: session.id };
    }),
  );
