import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attendanceChange,
  attendanceEntrySchema,
  attendanceSubmissionSchema,
  describeAttendanceMinutesViolation,
  describeStaleAttendance,
  resolveAttendanceMinutes,
  staleAttendanceEntries,
} from "./attendance-entry";
import { attendanceStatuses } from "./attendance-status";
import { countsAsAttended } from "./delivered-minutes";

const clientId = "6f1d7a3e-0000-4000-8000-000000000001";

describe("resolveAttendanceMinutes", () => {
  it("records the whole session for present unless minutes are given", () => {
    expect(resolveAttendanceMinutes("present", 180)).toEqual({ ok: true, minutes: 180 });
    expect(resolveAttendanceMinutes("present", 180, null)).toEqual({ ok: true, minutes: 180 });
    expect(resolveAttendanceMinutes("present", 180, 150)).toEqual({ ok: true, minutes: 150 });
  });

  it("needs part of the session for late and left early", () => {
    expect(resolveAttendanceMinutes("late", 180, 140)).toEqual({ ok: true, minutes: 140 });
    expect(resolveAttendanceMinutes("left_early", 180, 1)).toEqual({ ok: true, minutes: 1 });
    expect(resolveAttendanceMinutes("late", 180)).toEqual({
      ok: false,
      violation: { kind: "minutes_required", status: "late", sessionMinutes: 180 },
    });
    for (const given of [0, 180, 181]) {
      const result = resolveAttendanceMinutes("left_early", 180, given);
      expect(result).toEqual({
        ok: false,
        violation: { kind: "minutes_out_of_range", status: "left_early", given, min: 1, max: 179, sessionMinutes: 180 },
      });
    }
  });

  it("records no minutes for absent and excused, and refuses minutes given for them", () => {
    expect(resolveAttendanceMinutes("absent", 180)).toEqual({ ok: true, minutes: 0 });
    expect(resolveAttendanceMinutes("excused", 180, 0)).toEqual({ ok: true, minutes: 0 });
    expect(resolveAttendanceMinutes("absent", 180, 30)).toEqual({
      ok: false,
      violation: { kind: "minutes_not_allowed", status: "absent", given: 30 },
    });
  });

  it("never records more than the session lasted", () => {
    expect(resolveAttendanceMinutes("present", 90, 91)).toMatchObject({ ok: false, violation: { kind: "minutes_out_of_range", max: 90 } });
  });

  it("cannot record part of a one-minute session", () => {
    expect(resolveAttendanceMinutes("late", 1, 1)).toEqual({
      ok: false,
      violation: { kind: "session_too_short_for_partial", status: "late", sessionMinutes: 1 },
    });
  });

  it("says what to do in plain words", () => {
    const required = resolveAttendanceMinutes("late", 180);
    const notAllowed = resolveAttendanceMinutes("excused", 180, 20);
    const outOfRange = resolveAttendanceMinutes("present", 180, 200);
    if (required.ok || notAllowed.ok || outOfRange.ok) throw new Error("expected violations");
    expect(describeAttendanceMinutesViolation(required.violation)).toBe(
      "Late needs the minutes attended: between 1 and 179 (the session is 180 minutes).",
    );
    expect(describeAttendanceMinutesViolation(notAllowed.violation)).toBe(
      "Excused means no minutes attended; leave the minutes empty or 0 (20 given).",
    );
    expect(describeAttendanceMinutesViolation(outOfRange.violation)).toBe(
      "Present needs minutes attended between 1 and 180 (the session is 180 minutes); 200 given.",
    );
  });

  it("property: an accepted result lies within the session, and matches how attendance is counted", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...attendanceStatuses),
        fc.integer({ min: 1, max: 600 }),
        fc.option(fc.integer({ min: -10, max: 700 }), { nil: undefined }),
        (status, sessionMinutes, given) => {
          const result = resolveAttendanceMinutes(status, sessionMinutes, given);
          if (!result.ok) {
            expect(describeAttendanceMinutesViolation(result.violation).length).toBeGreaterThan(0);
            return;
          }
          expect(result.minutes).toBeGreaterThanOrEqual(0);
          expect(result.minutes).toBeLessThanOrEqual(sessionMinutes);
          const attended = countsAsAttended({ status, minutesAttended: result.minutes });
          expect(attended).toBe(status !== "absent" && status !== "excused");
          if (status === "late" || status === "left_early") expect(result.minutes).toBeLessThan(sessionMinutes);
          if (given !== undefined) expect(result.minutes).toBe(given);
        },
      ),
    );
  });

  it("property: every whole number of minutes inside the session is accepted for present", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }).chain((length) => fc.tuple(fc.constant(length), fc.integer({ min: 1, max: length }))), ([length, given]) => {
        expect(resolveAttendanceMinutes("present", length, given)).toEqual({ ok: true, minutes: given });
      }),
    );
  });
});

describe("attendance entry schemas", () => {
  it("treats an emptied note as no note", () => {
    expect(attendanceEntrySchema.parse({ clientId, status: "present", note: "   " }).note).toBeUndefined();
    expect(attendanceEntrySchema.parse({ clientId, status: "present", note: " late bus " }).note).toBe("late bus");
  });

  it("refuses fractional minutes, unknown statuses and a note that is too long", () => {
    expect(attendanceEntrySchema.safeParse({ clientId, status: "late", minutesAttended: 12.5 }).success).toBe(false);
    expect(attendanceEntrySchema.safeParse({ clientId, status: "tardy" }).success).toBe(false);
    expect(attendanceEntrySchema.safeParse({ clientId, status: "present", note: "x".repeat(501) }).success).toBe(false);
  });

  it("accepts each client at most once per submission", () => {
    const sessionId = "6f1d7a3e-0000-4000-8000-000000000002";
    const entry = { clientId, status: "present" as const };
    expect(attendanceSubmissionSchema.safeParse({ sessionId, entries: [entry] }).success).toBe(true);
    const twice = attendanceSubmissionSchema.safeParse({ sessionId, entries: [entry, { ...entry, status: "absent" }] });
    expect(twice.success).toBe(false);
    expect(attendanceSubmissionSchema.safeParse({ sessionId, entries: [] }).success).toBe(false);
  });
});

describe("attendanceChange", () => {
  const recorded = { status: "late" as const, minutesAttended: 150, note: null };

  it("is new without a record, unchanged for the same version, a correction otherwise", () => {
    expect(attendanceChange(null, recorded)).toBe("new");
    expect(attendanceChange(recorded, { ...recorded })).toBe("unchanged");
    expect(attendanceChange(recorded, { ...recorded, minutesAttended: 160 })).toBe("correction");
    expect(attendanceChange(recorded, { ...recorded, status: "left_early" })).toBe("correction");
    expect(attendanceChange(recorded, { ...recorded, note: "Arrived 30 minutes late" })).toBe("correction");
  });
});

describe("staleAttendanceEntries", () => {
  const other = "6f1d7a3e-0000-4000-8000-000000000003";
  const current = new Map([[clientId, 2]]);

  it("passes entries made from the record as it is now, and from no record when there is none", () => {
    expect(staleAttendanceEntries([{ clientId, expectedRevision: 2 }, { clientId: other }, { clientId: other, expectedRevision: 0 }], current)).toEqual([]);
  });

  it("finds entries made from an older view, or from no record when one has appeared since", () => {
    const older = { clientId, expectedRevision: 1 };
    const blind = { clientId };
    const ahead = { clientId: other, expectedRevision: 1 };
    expect(staleAttendanceEntries([older, blind, ahead], current)).toEqual([older, blind, ahead]);
  });

  it("refuses in words that name the client and say what to do", () => {
    expect(describeStaleAttendance(["Morgan, Alex"])).toBe(
      "Someone else changed Morgan, Alex's record after you opened this page. Reload to see it, then make your change again.",
    );
    expect(describeStaleAttendance(["Morgan, Alex", "Fixture, Ben"])).toContain("Morgan, Alex; Fixture, Ben.");
  });

  it("takes a revision the form was showing as a whole number from 0", () => {
    expect(attendanceEntrySchema.parse({ clientId, status: "present", expectedRevision: 3 }).expectedRevision).toBe(3);
    expect(attendanceEntrySchema.safeParse({ clientId, status: "present", expectedRevision: -1 }).success).toBe(false);
  });
});
