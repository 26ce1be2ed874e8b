import { z } from "zod";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { getAttendanceRoster } from "./attendance-roster.handler";

export const attendanceRosterInput = z.object({ sessionId: z.uuid() });

export const attendanceRoster = staffProcedure("attendance.write")
  .input(attendanceRosterInput)
  .query(async ({ ctx, input }) => {
    const found = await ctx.db.transaction(async (tx) => {
      const roster = await getAttendanceRoster(tx, input.sessionId, new Date());
      if (roster) {
        // One row per client shown: the roster discloses each of them.
        await recordAudit(
          tx,
          ctx.caller,
          roster.roster.map((entry) => ({
            action: "attendance.roster",
            outcome: "allowed" as const,
            subjectClientId: entry.clientId,
            resourceType: "program_session",
            resourceId: input.sessionId,
          })),
        );
      }
      return roster;
    });
    if (!found) {
      await recordAudit(ctx.db, ctx.caller, {
        action: "attendance.roster",
        outcome: "denied",
        resourceType: "program_session",
        resourceId: input.sessionId,
      });
      return notFound();
    }
    return found;
  });
