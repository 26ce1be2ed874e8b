import { attendanceWindow, describeAttendanceRefusal, sessionLengthMinutes } from "@stepwise/domain";
import type { SessionRow } from "./attendance.queries";

/** "Mar 9, 2026, 6:00 PM EDT" in the program's zone, for refusals read by staff. */
function formatInstantIn(timeZone: string) {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" });
  const zoneName = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" });
  return (instant: Date) => {
    const zone = zoneName.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value;
    return zone ? `${format.format(instant)} ${zone}` : format.format(instant);
  };
}

/** Whether attendance can be taken now, with the domain's words when it cannot. */
export function attendanceWindowOf(session: SessionRow, now: Date): { open: true } | { open: false; reason: string } {
  const window = attendanceWindow(session, now);
  if (window.open) return { open: true };
  return {
    open: false,
    reason: describeAttendanceRefusal(window.refusal, { formatInstant: formatInstantIn(session.program.timeZone) }),
  };
}

/** A session as the attendance screens show it. */
export function sessionView(session: SessionRow, now: Date) {
  return {
    id: session.id,
    title: session.title,
    kind: session.kind,
    /** A group session follows a schedule option; an individual one has its one client. */
    format: session.clientId !== null ? ("individual" as const) : ("group" as const),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    lengthMinutes: sessionLengthMinutes(session),
    location: session.location,
    videoUrl: session.videoUrl,
    facilitator: session.facilitator,
    program: session.program,
    cancelled: session.cancelledAt ? { at: session.cancelledAt, reason: session.cancellationReason } : null,
    attendance: attendanceWindowOf(session, now),
  };
}

export type SessionView = ReturnType<typeof sessionView>;
