import { attendance } from "@stepwise/db/schema";
import { sessionLengthMinutes } from "@stepwise/domain";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { openSessionForAttendance } from "./open-session";

export const markAllPresentInput = z.object({ sessionId: z.uuid() });

/**
 * Everyone on the roster without a record becomes present for the whole session. Records that
 * exist are left as they are: this fills in the rest, it never overrides what was recorded.
 */
export const markAllPresent = staffProcedure("attendance.write")
  .input(markAllPresentInput)
  .mutation(async ({ ctx, input }) => {
    const marked = await ctx.db.transaction(async (tx) => {
      const opened = await openSessionForAttendance(tx, input.sessionId, new Date());
      if (!opened) return null;
      const missing = opened.clientIds.filter((clientId) => !opened.records.has(clientId));
      if (missing.length === 0) return [];
      const minutesAttended = sessionLengthMinutes(opened.session);
      const rows = await tx
        .insert(attendance)
        .values(
          missing.map((clientId) => ({
            sessionId: input.sessionId,
            clientId,
            status: "present" as const,
            minutesAttended,
            recordedByStaffId: ctx.staff.staffMemberId,
          })),
        )
        .onConflictDoNothing({ target: [attendance.sessionId, attendance.clientId] })
        .returning({ id: attendance.id, clientId: attendance.clientId });
      await recordAudit(
        tx,
        ctx.caller,
        rows.map((row) => ({
          action: "attendance.markAllPresent",
          outcome: "allowed" as const,
          subjectClientId: row.clientId,
          resourceType: "attendance",
          resourceId: row.id,
          detail: { sessionId: input.sessionId, change: "new", revision: 1 },
        })),
      );
      return rows;
    });
    if (!marked) {
      await recordAudit(ctx.db, ctx.caller, {
        action: "attendance.markAllPresent",
        outcome: "denied",
        resourceType: "program_session",
        resourceId: input.sessionId,
      });
      return notFound();
    }
    return { marked: marked.length };
  });
