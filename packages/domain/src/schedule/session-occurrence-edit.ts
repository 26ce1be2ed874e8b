import { z } from "zod";
import { endsAfterStart } from "../programs/schedule-option-input";
import { videoLinkSchema } from "./session-template-input";
import { wallClockTimeSchema } from "../time/wall-clock-time";
import { multiLineTextSchema, singleLineTextSchema } from "../common/text";

/**
 * Changing one dated session (not its template): new wall-clock times on its own date, another
 * facilitator, another room or link. An empty facilitator, location or link clears it.
 */
export const sessionOccurrenceEditSchema = z
  .object({
    startTime: wallClockTimeSchema,
    endTime: wallClockTimeSchema,
    facilitatorStaffId: z.uuid({ message: "Choose a facilitator from the list." }).nullable(),
    location: singleLineTextSchema.min(1).max(200, { message: "A location is at most 200 characters." }).nullable(),
    videoUrl: videoLinkSchema.nullable(),
  })
  .refine(endsAfterStart, { message: "The end time must be after the start time.", path: ["endTime"] })
  .refine((edit) => Boolean(edit.location) || Boolean(edit.videoUrl), {
    message: "Give a location or a video link (or both).",
    path: ["location"],
  });
export type SessionOccurrenceEdit = z.input<typeof sessionOccurrenceEditSchema>;

/** Calling off one dated session: the reason is shown to staff and kept with the session. */
export const sessionCancelSchema = z.object({
  reason: multiLineTextSchema
    .min(3, { message: "Say briefly why the session is cancelled (for example, facilitator ill)." })
    .max(500, { message: "A reason is at most 500 characters." }),
});

export type OccurrenceEditRefusal =
  | { kind: "already_cancelled" }
  | { kind: "times_of_past_session"; startsAt: Date };

/**
 * Why a dated session may not take this change: a cancelled one stays as it was, and a session
 * that has started keeps its times (attendance was taken against them); its place or
 * facilitator may still be corrected.
 */
export function occurrenceEditRefusals(
  session: { startsAt: Date; endsAt: Date; cancelledAt: Date | null },
  change: { startsAt: Date; endsAt: Date },
  now: Date,
): OccurrenceEditRefusal[] {
  if (session.cancelledAt) return [{ kind: "already_cancelled" }];
  const timesChanged = change.startsAt.getTime() !== session.startsAt.getTime() || change.endsAt.getTime() !== session.endsAt.getTime();
  if (timesChanged && session.startsAt.getTime() <= now.getTime()) return [{ kind: "times_of_past_session", startsAt: session.startsAt }];
  return [];
}

export function describeOccurrenceEditRefusal(refusal: OccurrenceEditRefusal): string {
  switch (refusal.kind) {
    case "already_cancelled":
      return "This session was cancelled; a cancelled session can't be edited.";
    case "times_of_past_session":
      return "This session has already started, so its times can't change; its place and facilitator still can.";
  }
}

export type SessionCancelRefusal = { kind: "started"; startsAt: Date } | { kind: "attendance_recorded"; records: number };

/**
 * Why a dated session may not be called off. Cancelling is for sessions still to come: a session
 * that has started, or has attendance recorded, happened, and cancelling it would silently take
 * the hours it delivered off every client's count. What went wrong is corrected in its attendance.
 */
export function sessionCancelRefusals(session: { startsAt: Date }, attendanceRecords: number, now: Date): SessionCancelRefusal[] {
  const refusals: SessionCancelRefusal[] = [];
  if (session.startsAt.getTime() <= now.getTime()) refusals.push({ kind: "started", startsAt: session.startsAt });
  if (attendanceRecords > 0) refusals.push({ kind: "attendance_recorded", records: attendanceRecords });
  return refusals;
}

export function describeSessionCancelRefusal(refusal: SessionCancelRefusal): string {
  switch (refusal.kind) {
    case "started":
      return "This session has already started, so it can't be cancelled; if it didn't take place, record each client as absent or excused.";
    case "attendance_recorded":
      return `Attendance is recorded for ${refusal.records === 1 ? "1 client" : `${refusal.records} clients`} in this session; cancelling it would remove their hours. Correct the attendance instead.`;
  }
}
