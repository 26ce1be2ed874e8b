import type { Transaction } from "@stepwise/db/client";
import { attendance } from "@stepwise/db/schema";
import {
  type AttendanceChange,
  type AttendanceSubmission,
  attendanceChange,
  describeAttendanceMinutesViolation,
  describeStaleAttendance,
  resolveAttendanceMinutes,
  sessionLengthMinutes,
  staleAttendanceEntries,
} from "@stepwise/domain";
import { eq, sql } from "drizzle-orm";
import { fail } from "../../errors";
import type { CurrentRecord } from "./attendance.queries";
import { findClientNames } from "./attendance.queries";
import { openSessionForAttendance } from "./open-session";

export type RecordedEntry = { clientId: string; change: AttendanceChange; attendanceId: string | null; revision: number | null };

/**
 * Saves a session's attendance: a client without a record gets one, a changed record becomes a
 * correction (the next revision; the trigger keeps the previous one), an unchanged one is left
 * alone. Every entry is checked before anything is written, so a refusal writes nothing; an
 * entry made from an older view of its record than the current one refuses the whole save.
 */
export async function recordAttendance(
  tx: Transaction,
  input: AttendanceSubmission,
  recordedByStaffId: string,
  now: Date,
): Promise<RecordedEntry[] | null> {
  const opened = await openSessionForAttendance(tx, input.sessionId, now);
  if (!opened) return null;
  const onRoster = new Set(opened.clientIds);
  if (input.entries.some((entry) => !onRoster.has(entry.clientId))) {
    return fail({
      kind: "invalid",
      message: "Only clients on this session's roster can be recorded. Reload the roster and try again.",
    });
  }

  const lengthMinutes = sessionLengthMinutes(opened.session);
  const names = await findClientNames(
    tx,
    input.entries.map((entry) => entry.clientId),
  );
  const currentRevisions = new Map([...opened.records].map(([clientId, record]) => [clientId, record.revision]));
  const stale = staleAttendanceEntries(input.entries, currentRevisions);
  if (stale.length > 0) {
    return fail({ kind: "conflict", message: describeStaleAttendance(stale.map((entry) => names.get(entry.clientId) ?? "a client")) });
  }
  const problems: string[] = [];
  const planned = input.entries.map((entry) => {
    const minutes = resolveAttendanceMinutes(entry.status, lengthMinutes, entry.minutesAttended);
    if (!minutes.ok) problems.push(`${names.get(entry.clientId)}: ${describeAttendanceMinutesViolation(minutes.violation)}`);
    const next = { status: entry.status, minutesAttended: minutes.ok ? minutes.minutes : 0, note: entry.note ?? null };
    const current: CurrentRecord | undefined = opened.records.get(entry.clientId);
    return { clientId: entry.clientId, next, current, change: attendanceChange(current ?? null, next) };
  });
  if (problems.length > 0) return fail({ kind: "invalid", message: problems.join(" ") });

  const results: RecordedEntry[] = [];
  for (const { clientId, next, current, change } of planned) {
    if (change === "unchanged") {
      results.push({ clientId, change, attendanceId: current?.id ?? null, revision: current?.revision ?? null });
      continue;
    }
    const written = { ...next, recordedByStaffId, recordedAt: sql`now()` };
    const [row] = current
      ? await tx
          .update(attendance)
          .set({ ...written, revision: sql`${attendance.revision} + 1` })
          .where(eq(attendance.id, current.id))
          .returning({ id: attendance.id, revision: attendance.revision })
      : // The session row is locked, so nobody else can be inserting this client now; the upsert
        // still turns a row that appeared anyway into a correction rather than a duplicate.
        await tx
          .insert(attendance)
          .values({ sessionId: input.sessionId, clientId, ...next, recordedByStaffId })
          .onConflictDoUpdate({
            target: [attendance.sessionId, attendance.clientId],
            set: {
              status: sql`excluded.status`,
              minutesAttended: sql`excluded.minutes_attended`,
              note: sql`excluded.note`,
              recordedByStaffId: sql`excluded.recorded_by_staff_id`,
              recordedAt: sql`now()`,
              revision: sql`${attendance.revision} + 1`,
            },
          })
          .returning({ id: attendance.id, revision: attendance.revision });
    const revision = row?.revision ?? null;
    results.push({ clientId, change: revision !== null && revision > 1 ? "correction" : "new", attendanceId: row?.id ?? null, revision });
  }
  return results;
}
