import { describe, expect, it } from "vitest";
import {
  describeOccurrenceEditRefusal,
  describeSessionCancelRefusal,
  occurrenceEditRefusals,
  sessionCancelRefusals,
  sessionCancelSchema,
  sessionOccurrenceEditSchema,
} from "./session-occurrence-edit";

const at = (iso: string) => new Date(iso);
const session = { startsAt: at("2026-03-09T22:00:00Z"), endsAt: at("2026-03-09T23:30:00Z"), cancelledAt: null };

describe("sessionOccurrenceEditSchema", () => {
  it("accepts new times with a room, and clears the facilitator with null", () => {
    const edit = sessionOccurrenceEditSchema.parse({ startTime: "18:30", endTime: "20:00", facilitatorStaffId: null, location: "Room 3", videoUrl: null });
    expect(edit.location).toBe("Room 3");
  });

  it("refuses an edit that leaves no place or ends before it starts", () => {
    const nowhere = sessionOccurrenceEditSchema.safeParse({ startTime: "18:00", endTime: "17:00", facilitatorStaffId: null, location: null, videoUrl: null });
    expect(nowhere.error?.issues.map((issue) => issue.path[0])).toEqual(["endTime", "location"]);
  });
});

describe("sessionCancelSchema", () => {
  it("needs a reason in words", () => {
    expect(sessionCancelSchema.safeParse({ reason: "  " }).error?.issues[0]?.message).toMatch(/why the session is cancelled/);
    expect(sessionCancelSchema.parse({ reason: " Facilitator ill " }).reason).toBe("Facilitator ill");
  });
});

describe("occurrenceEditRefusals", () => {
  const later = { startsAt: at("2026-03-09T22:30:00Z"), endsAt: at("2026-03-10T00:00:00Z") };

  it("lets a future session move", () => {
    expect(occurrenceEditRefusals(session, later, at("2026-03-09T12:00:00Z"))).toEqual([]);
  });

  it("keeps a started session's times but lets its place change", () => {
    const now = at("2026-03-09T22:10:00Z");
    const [refusal] = occurrenceEditRefusals(session, later, now);
    expect(refusal?.kind).toBe("times_of_past_session");
    expect(describeOccurrenceEditRefusal(refusal!)).toMatch(/already started/);
    expect(occurrenceEditRefusals(session, { startsAt: session.startsAt, endsAt: session.endsAt }, now)).toEqual([]);
  });

  it("leaves a cancelled session as it was", () => {
    const cancelled = { ...session, cancelledAt: at("2026-03-08T00:00:00Z") };
    expect(occurrenceEditRefusals(cancelled, later, at("2026-03-01T00:00:00Z"))).toEqual([{ kind: "already_cancelled" }]);
  });
});

describe("sessionCancelRefusals", () => {
  it("lets a session still to come be cancelled", () => {
    expect(sessionCancelRefusals(session, 0, at("2026-03-09T21:59:59Z"))).toEqual([]);
  });

  it("refuses a session from its start, in words that point to attendance instead", () => {
    const refusals = sessionCancelRefusals(session, 0, at("2026-03-09T22:00:00Z"));
    expect(refusals).toEqual([{ kind: "started", startsAt: session.startsAt }]);
    expect(describeSessionCancelRefusal(refusals[0]!)).toMatch(/already started.*absent or excused/);
  });

  it("refuses a session with attendance recorded, whenever it is", () => {
    const refusals = sessionCancelRefusals(session, 2, at("2026-03-01T00:00:00Z"));
    expect(refusals).toEqual([{ kind: "attendance_recorded", records: 2 }]);
    expect(describeSessionCancelRefusal(refusals[0]!)).toBe(
      "Attendance is recorded for 2 clients in this session; cancelling it would remove their hours. Correct the attendance instead.",
    );
    expect(sessionCancelRefusals(session, 1, at("2026-03-10T00:00:00Z")).map((refusal) => refusal.kind)).toEqual(["started", "attendance_recorded"]);
  });
});
