import type { Transaction } from "@stepwise/db/client";
import { fail } from "../../errors";
import { findSession, rostersOf } from "./attendance.queries";
import { attendanceWindowOf } from "./session-view";

/**
 * The session to write attendance for, locked for this transaction, with its roster. Null when
 * there is no such session; a cancelled or future session is refused in the domain's words.
 */
export async function openSessionForAttendance(tx: Transaction, sessionId: string, now: Date) {
  const session = await findSession(tx, sessionId, { lock: true });
  if (!session) return null;
  const window = attendanceWindowOf(session, now);
  if (!window.open) return fail({ kind: "invalid", message: window.reason });
  const roster = (await rostersOf(tx, [session])).get(session.id);
  return { session, clientIds: roster?.clientIds ?? [], records: roster?.records ?? new Map() };
}
