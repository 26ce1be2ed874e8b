import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attendanceAction, attendanceActionLabels, attendanceUnmarked } from "./attendance-action";

describe("attendanceAction", () => {
  it("takes attendance until everyone expected has a record, then reviews it", () => {
    expect(attendanceAction({ expected: 8, recorded: 0 })).toBe("take");
    expect(attendanceAction({ expected: 8, recorded: 7 })).toBe("take");
    expect(attendanceAction({ expected: 8, recorded: 8 })).toBe("review");
    // A walk-in adds a record beyond those expected.
    expect(attendanceAction({ expected: 8, recorded: 9 })).toBe("review");
    expect(attendanceAction({ expected: 0, recorded: 0 })).toBe("take");
    expect(attendanceAction({ expected: 0, recorded: 1 })).toBe("review");
  });

  it("reviews exactly when nobody expected is left unmarked and something is recorded", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), (expected, recorded) => {
        const progress = { expected, recorded };
        expect(attendanceAction(progress) === "review").toBe(recorded > 0 && attendanceUnmarked(progress) === 0);
        expect(attendanceUnmarked(progress)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("words each action once", () => {
    expect(attendanceActionLabels).toEqual({ take: "Take attendance", review: "Review attendance" });
  });
});
