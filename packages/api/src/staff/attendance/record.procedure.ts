import { attendanceSubmissionSchema } from "@stepwise/domain";
import { attendanceSessionProcedure } from "../scopes";
import { recordAttendance } from "./record.handler";

const summaryOf = (entries: readonly { change: string }[]) => ({
  recorded: entries.filter((entry) => entry.change === "new").length,
  corrected: entries.filter((entry) => entry.change === "correction").length,
  unchanged: entries.filter((entry) => entry.change === "unchanged").length,
});

/** Saves a session's attendance in one transaction; the audit row names every client submitted. */
export const recordSessionAttendance = attendanceSessionProcedure({ lock: true })
  .input(attendanceSubmissionSchema)
  .mutation(async ({ ctx, input }) => {
    const entries = await recordAttendance(ctx.db, ctx.session, input, ctx.staff.staffMemberId, new Date());
    ctx.audit({ clients: entries.map((entry) => entry.clientId), detail: { entries } });
    return summaryOf(entries);
  });
