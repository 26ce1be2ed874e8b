import type { Executor } from "@stepwise/db/client";
import { fail } from "../../core/errors";
import { type SessionRow, rostersOf } from "./attendance.queries";
import { attendanceWindowOf } from "./session-view";

/**
 * The roster of a session whose attendance is about to be written (the rung locked its row), with
 * the records already made; a cancelled or future session is refused in the domain's words.
 */
export async function openSessionForAttendance(db: Executor, session: SessionRow, now: Date) {
  const window = attendanceWindowOf(session, now);
  if (!window.open) return fail({ kind: "invalid", message: window.reason });
  const roster = (await rostersOf(db, [session])).get(session.id);
  return { clientIds: roster?.clientIds ?? [], records: roster?.records ?? new Map() };
}
