import { attendanceSubmissionSchema } from "@stepwise/domain";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { recordAttendance } from "./record-attendance.handler";

const summaryOf = (entries: readonly { change: string }[]) => ({
  recorded: entries.filter((entry) => entry.change === "new").length,
  corrected: entries.filter((entry) => entry.change === "correction").length,
  unchanged: entries.filter((entry) => entry.change === "unchanged").length,
});

/** Saves a session's attendance in one transaction, one audit row per client submitted. */
export const recordSessionAttendance = staffProcedure("attendance.write")
  .input(attendanceSubmissionSchema)
  .mutation(async ({ ctx, input }) => {
    const saved = await ctx.db.transaction(async (tx) => {
      const entries = await recordAttendance(tx, input, ctx.staff.staffMemberId, new Date());
      if (!entries) return null;
      await recordAudit(
        tx,
        ctx.caller,
        entries.map((entry) => ({
          action: "attendance.record",
          outcome: "allowed" as const,
          subjectClientId: entry.clientId,
          resourceType: "attendance",
          resourceId: entry.attendanceId ?? undefined,
          detail: { sessionId: input.sessionId, change: entry.change, revision: entry.revision },
        })),
      );
      return entries;
    });
    if (!saved) {
      await recordAudit(ctx.db, ctx.caller, {
        action: "attendance.record",
        outcome: "denied",
        resourceType: "program_session",
        resourceId: input.sessionId,
      });
      return notFound();
    }
    return summaryOf(saved);
  });
