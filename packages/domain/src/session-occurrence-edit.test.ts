import { describe, expect, it } from "vitest";
import { describeOccurrenceEditRefusal, occurrenceEditRefusals, sessionCancelSchema, sessionOccurrenceEditSchema } from "./session-occurrence-edit";

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
