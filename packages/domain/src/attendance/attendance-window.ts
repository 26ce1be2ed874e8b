export interface AttendanceSessionTiming {
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
}

export type AttendanceRefusal =
  | { kind: "session_cancelled"; cancelledAt: Date }
  | { kind: "session_not_started"; startsAt: Date };

export type AttendanceWindow = { open: true } | { open: false; refusal: AttendanceRefusal };

/**
 * Whether attendance may be taken for a session now. A cancelled session had nobody to attend;
 * one that has not started yet cannot have been attended. Once a session has started there is no
 * closing time: corrections days later are normal, and each one is kept as a revision.
 */
export function attendanceWindow(session: AttendanceSessionTiming, now: Date): AttendanceWindow {
  if (session.cancelledAt) return { open: false, refusal: { kind: "session_cancelled", cancelledAt: session.cancelledAt } };
  if (session.startsAt.getTime() > now.getTime()) {
    return { open: false, refusal: { kind: "session_not_started", startsAt: session.startsAt } };
  }
  return { open: true };
}

/** The session's length in whole minutes: the most anyone can attend. */
export function sessionLengthMinutes(session: Pick<AttendanceSessionTiming, "startsAt" | "endsAt">): number {
  return Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
}

/** The refusal for staff; `formatInstant` shows the start in the program's zone (ISO otherwise). */
export function describeAttendanceRefusal(
  refusal: AttendanceRefusal,
  options: { formatInstant?: (instant: Date) => string } = {},
): string {
  const format = options.formatInstant ?? ((instant: Date) => instant.toISOString());
  switch (refusal.kind) {
    case "session_cancelled":
      return "This session was cancelled, so there is no attendance to take.";
    case "session_not_started":
      return `This session hasn't started yet. Attendance can be taken from its start, ${format(refusal.startsAt)}.`;
  }
}
