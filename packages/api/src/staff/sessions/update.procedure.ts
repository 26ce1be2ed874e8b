import { describeOccurrenceEditRefusal, instantToZonedDate, occurrenceEditRefusals, sessionOccurrenceEditSchema, zonedWallClockToInstant } from "@stepwise/domain";
import { ensureFacilitator } from "../facilitator";
import { refuseWithReasons } from "../../core/errors";
import { sessionProcedure } from "../scopes";
import { updateOneSession } from "./sessions.queries";

/**
 * Changes one dated session on its own date, leaving its template and every other session as
 * they are; it is marked edited so later template changes pass it by.
 */
export const updateSession = sessionProcedure("program.write", { lock: true })
  .input(sessionOccurrenceEditSchema)
  .mutation(async ({ ctx, input }) => {
    const { session, program } = ctx;
    const occursOn = session.occursOn ?? instantToZonedDate(session.startsAt, program.timeZone);
    const change = {
      startsAt: zonedWallClockToInstant(occursOn, input.startTime, program.timeZone),
      endsAt: zonedWallClockToInstant(occursOn, input.endTime, program.timeZone),
    };
    const now = new Date();
    const refusals = occurrenceEditRefusals(session, change, now);
    if (refusals.length > 0) refuseWithReasons("This session can't be changed:", refusals.map(describeOccurrenceEditRefusal));
    await ensureFacilitator(ctx.db, input.facilitatorStaffId);
    await updateOneSession(ctx.db, session.id, {
      ...change,
      facilitatorStaffId: input.facilitatorStaffId,
      location: input.location,
      videoUrl: input.videoUrl,
      editedAt: now,
    });
    ctx.audit({
      detail: {
        before: { startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), location: session.location },
        after: { startsAt: change.startsAt.toISOString(), endsAt: change.endsAt.toISOString(), location: input.location },
      },
    });
    return { sessionId: session.id };
  });
