import { z } from "zod";
import { type AttendanceStatus, attendanceStatusSchema } from "./attendance-status";
import { multiLineTextSchema } from "../common/text";

/** Long enough for "arrived 40 min late: bus strike", short enough to stay a note. */
export const attendanceNoteMaxLength = 500;

/** One client's line on a session's attendance form. */
export const attendanceEntrySchema = z.object({
  clientId: z.uuid(),
  status: attendanceStatusSchema,
  /** Left out for present (the full session), absent and excused (none). */
  minutesAttended: z.number().int("Minutes attended must be a whole number.").min(0).max(24 * 60).optional(),
  /** Why a correction was made, or anything worth keeping with the record. */
  note: multiLineTextSchema
    .max(attendanceNoteMaxLength, `A note can be at most ${attendanceNoteMaxLength} characters.`)
    .optional()
    // An emptied note field means no note, not an empty one.
    .transform((note) => (note ? note : undefined)),
  /**
   * The revision of the record the form was showing: 0 or left out when it showed no record yet.
   * A save made from an older view than the record's is refused (see `staleAttendanceEntries`).
   */
  expectedRevision: z.number().int().min(0).optional(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** A session's attendance as submitted: each client at most once. */
export const attendanceSubmissionSchema = z.object({
  sessionId: z.uuid(),
  entries: z
    .array(attendanceEntrySchema)
    .min(1, "Record at least one client.")
    .max(500)
    .refine((entries) => new Set(entries.map((entry) => entry.clientId)).size === entries.length, {
      message: "Each client can be recorded only once per submission.",
    }),
});
export type AttendanceSubmission = z.infer<typeof attendanceSubmissionSchema>;

export type AttendanceMinutesViolation =
  | { kind: "minutes_not_allowed"; status: "absent" | "excused"; given: number }
  | { kind: "minutes_required"; status: "late" | "left_early"; sessionMinutes: number }
  | { kind: "minutes_out_of_range"; status: AttendanceStatus; given: number; min: number; max: number; sessionMinutes: number }
  | { kind: "session_too_short_for_partial"; status: "late" | "left_early"; sessionMinutes: number };

export type AttendanceMinutesResult =
  | { ok: true; minutes: number }
  | { ok: false; violation: AttendanceMinutesViolation };

/**
 * The minutes to record for a status in a session of `sessionMinutes`.
 *
 * Present means the whole session unless staff give fewer minutes; late and left early mean part
 * of it, so the minutes are required and are less than the whole (the whole would be "present")
 * and more than none (none would be "absent"); absent and excused are 0. Nobody attends more than
 * the session lasted.
 */
export function resolveAttendanceMinutes(
  status: AttendanceStatus,
  sessionMinutes: number,
  given?: number | null,
): AttendanceMinutesResult {
  const minutes = given ?? undefined;
  switch (status) {
    case "absent":
    case "excused":
      if (minutes !== undefined && minutes !== 0) return refuse({ kind: "minutes_not_allowed", status, given: minutes });
      return { ok: true, minutes: 0 };
    case "present":
      if (minutes === undefined) return { ok: true, minutes: sessionMinutes };
      return inRange(status, minutes, 1, sessionMinutes, sessionMinutes);
    case "late":
    case "left_early":
      if (sessionMinutes < 2) return refuse({ kind: "session_too_short_for_partial", status, sessionMinutes });
      if (minutes === undefined) return refuse({ kind: "minutes_required", status, sessionMinutes });
      return inRange(status, minutes, 1, sessionMinutes - 1, sessionMinutes);
  }
}

function inRange(
  status: AttendanceStatus,
  given: number,
  min: number,
  max: number,
  sessionMinutes: number,
): AttendanceMinutesResult {
  if (Number.isInteger(given) && given >= min && given <= max) return { ok: true, minutes: given };
  return refuse({ kind: "minutes_out_of_range", status, given, min, max, sessionMinutes });
}

function refuse(violation: AttendanceMinutesViolation): AttendanceMinutesResult {
  return { ok: false, violation };
}

const statusWords: Record<AttendanceStatus, string> = {
  present: "Present",
  late: "Late",
  left_early: "Left early",
  absent: "Absent",
  excused: "Excused",
};

/** The violation in plain words for the staff member filling in the form. */
export function describeAttendanceMinutesViolation(violation: AttendanceMinutesViolation): string {
  const status = statusWords[violation.status];
  switch (violation.kind) {
    case "minutes_not_allowed":
      return `${status} means no minutes attended; leave the minutes empty or 0 (${violation.given} given).`;
    case "minutes_required":
      return `${status} needs the minutes attended: between 1 and ${violation.sessionMinutes - 1} (the session is ${violation.sessionMinutes} minutes).`;
    case "minutes_out_of_range":
      return `${status} needs minutes attended between ${violation.min} and ${violation.max} (the session is ${violation.sessionMinutes} minutes); ${violation.given} given.`;
    case "session_too_short_for_partial":
      return `${status} can't be recorded for a session of ${violation.sessionMinutes} minute${violation.sessionMinutes === 1 ? "" : "s"}; record present or absent.`;
  }
}

export interface AttendanceVersion {
  status: AttendanceStatus;
  minutesAttended: number;
  note: string | null;
}

export type AttendanceChange = "new" | "correction" | "unchanged";

/**
 * Whether saving `next` over `current` writes anything. Resubmitting a form unchanged must not
 * add a revision: the history should show what changed, not how often the form was saved.
 */
export function attendanceChange(current: AttendanceVersion | null, next: AttendanceVersion): AttendanceChange {
  if (!current) return "new";
  const same =
    current.status === next.status &&
    current.minutesAttended === next.minutesAttended &&
    (current.note ?? null) === (next.note ?? null);
  return same ? "unchanged" : "correction";
}

/**
 * The entries saved from an out-of-date view: the record changed (or appeared) after the form
 * was loaded. Saving them would silently undo a colleague's newer correction, so the whole save
 * is refused and nothing is written; the staff member reloads and makes the change again.
 */
export function staleAttendanceEntries<E extends { clientId: string; expectedRevision?: number }>(
  entries: readonly E[],
  currentRevisions: ReadonlyMap<string, number>,
): E[] {
  return entries.filter((entry) => (currentRevisions.get(entry.clientId) ?? 0) !== (entry.expectedRevision ?? 0));
}

/** The refusal of a stale save, naming each client whose record changed meanwhile. */
export function describeStaleAttendance(clientNames: readonly string[]): string {
  if (clientNames.length === 1) {
    return `Someone else changed ${clientNames[0]}'s record after you opened this page. Reload to see it, then make your change again.`;
  }
  return `Someone else changed these clients' records after you opened this page: ${clientNames.join("; ")}. Reload to see them, then make your changes again.`;
}
