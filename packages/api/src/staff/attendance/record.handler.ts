import type { Executor } from "@stepwise/db/client";
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
import { fail } from "../../core/errors";
import { type CurrentRecord, type SessionRow, correctRecord, findNamesLastFirst, insertRecord } from "./attendance.queries";
import { openSessionForAttendance } from "./open-session";

export type RecordedEntry = { clientId: string; change: AttendanceChange; attendanceId: string | null; revision: number | null };

/**
 * Saves a session's attendance: a client without a record gets one, a changed record becomes a
 * correction (the next revision; the trigger keeps the previous one), an unchanged one is left
 * alone. Every entry is checked before anything is written, so a refusal writes nothing; an
 * entry made from an older view of its record than the current one refuses the whole save.
 */
export async function recordAttendance(
  tx: Executor,
  session: SessionRow,
  input: AttendanceSubmission,
  recordedByStaffId: string,
  now: Date,
): Promise<RecordedEntry[]> {
  const opened = await openSessionForAttendance(tx, session, now);
  const onRoster = new Set(opened.clientIds);
  if (input.entries.some((entry) => !onRoster.has(entry.clientId))) {
    return fail({
      kind: "invalid",
      message: "Only clients on this session's roster can be recorded. Reload the roster and try again.",
    });
  }

  const lengthMinutes = sessionLengthMinutes(session);
  const names = await findNamesLastFirst(
    tx,
    input.entries.map((entry) => entry.clientId),
  );
  const currentRevisions = new Map([...opened.records].map(([clientId, record]) => [clientId, record.revision]));
  const stale = staleAttendanceEntries(input.entries, currentRevisions);
  if (stale.length > 0) {
    // The refusal names the clients, so it is on their record too.
    return fail(
      { kind: "conflict", message: describeStaleAttendance(stale.map((entry) => names.get(entry.clientId) ?? "a client")) },
      { clients: stale.map((entry) => entry.clientId), detail: { refused: "stale" } },
    );
  }
  const problems: { clientId: string; words: string }[] = [];
  const planned = input.entries.map((entry) => {
    const minutes = resolveAttendanceMinutes(entry.status, lengthMinutes, entry.minutesAttended);
    if (!minutes.ok) problems.push({ clientId: entry.clientId, words: `${names.get(entry.clientId)}: ${describeAttendanceMinutesViolation(minutes.violation)}` });
    const next = { status: entry.status, minutesAttended: minutes.ok ? minutes.minutes : 0, note: entry.note ?? null };
    const current: CurrentRecord | undefined = opened.records.get(entry.clientId);
    return { clientId: entry.clientId, next, current, change: attendanceChange(current ?? null, next) };
  });
  if (problems.length > 0) {
    return fail(
      { kind: "invalid", message: problems.map((problem) => problem.words).join(" ") },
      { clients: problems.map((problem) => problem.clientId), detail: { refused: "minutes" } },
    );
  }

  const results: RecordedEntry[] = [];
  for (const { clientId, next, current, change } of planned) {
    if (change === "unchanged") {
      results.push({ clientId, change, attendanceId: current?.id ?? null, revision: current?.revision ?? null });
      continue;
    }
    const row = current
      ? await correctRecord(tx, current.id, next, recordedByStaffId)
      : await insertRecord(tx, { sessionId: session.id, clientId, ...next, recordedByStaffId });
    const revision = row?.revision ?? null;
    results.push({ clientId, change: revision !== null && revision > 1 ? "correction" : "new", attendanceId: row?.id ?? null, revision });
  }
  return results;
}
