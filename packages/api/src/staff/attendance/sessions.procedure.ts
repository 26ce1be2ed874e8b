import { calendarDateSchema } from "@stepwise/domain";
import { z } from "zod";
import { staffProcedure } from "../../core/trpc";
import { findSessionsOn, rostersOf } from "./attendance.queries";
import { sessionView } from "./session-view";

export const sessionsOnDateInput = z.object({ date: calendarDateSchema, programId: z.uuid().optional() });

/**
 * The day's sessions across programs, with how many clients are expected and how many have a
 * record. No client is named, so nothing here is audited as a disclosure.
 */
export const sessionsOnDate = staffProcedure("attendance.write")
  .input(sessionsOnDateInput)
  .query(async ({ ctx, input }) => {
    const now = new Date();
    const sessions = await findSessionsOn(ctx.db, input.date, { programId: input.programId });
    const rosters = await rostersOf(ctx.db, sessions);
    return {
      date: input.date,
      sessions: sessions.map((session) => {
        const roster = rosters.get(session.id);
        return {
          ...sessionView(session, now),
          expected: roster?.clientIds.length ?? 0,
          recorded: roster?.records.size ?? 0,
        };
      }),
    };
  });
