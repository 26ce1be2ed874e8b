import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IsoWeekday } from "../time/calendar-date";
import { type PlacementTarget, activationInputSchema, checkActivation, checkPlacement, planIntakeScheduling } from "./enrollment-placement";
import { enrollmentProblemReasons, enrollmentRefusal } from "./enrollment-problems";
import { defaultProgramPolicy } from "../programs/program-policy";
import { wallClockFromMinutes } from "../time/wall-clock-time";

const programId = "5b7e0c1a-3c5d-4f4e-8a1b-9c2d3e4f5a6b";

function iopTarget(option: Partial<PlacementTarget["option"]> = {}): PlacementTarget {
  return {
    programId,
    program: { level: "iop", active: true, policy: defaultProgramPolicy("iop") },
    option: { programId, name: "Evening track", shift: "evening", weekdays: [1, 3, 4], startTime: "18:00", endTime: "21:00", ...option },
  };
}

describe("checkPlacement", () => {
  it("accepts the evening IOP: three 3-hour evenings, 9 hours a week", () => {
    expect(checkPlacement(iopTarget())).toEqual([]);
  });

  it("refuses two evenings a week, listing every way the week breaks the band", () => {
    const problems = checkPlacement(iopTarget({ weekdays: [1, 3] }));
    expect(problems).toHaveLength(1);
    const reasons = enrollmentProblemReasons(problems);
    expect(reasons[0]).toContain("does not meet the program's band");
    expect(reasons.slice(1)).toEqual([
      "The schedule has 2 days a week; the program needs at least 3 days.",
      "The week has 6 h of sessions; the program's band is 9 h to 15 h.",
    ]);
  });

  it("refuses an option of another program and a program at another level", () => {
    const foreign = iopTarget();
    foreign.option.programId = "00000000-0000-4000-8000-000000000000";
    expect(checkPlacement(foreign).map((p) => p.kind)).toEqual(["option_not_in_program"]);
    expect(checkPlacement(iopTarget(), "php").map((p) => p.kind)).toEqual(["program_level_mismatch"]);
  });

  it("agrees with the band for any number of equal evenings", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 9 }).map((quarters) => quarters * 30),
        (weekdays, minutes) => {
          const start = 17 * 60;
          const target = iopTarget({
            weekdays: weekdays as IsoWeekday[],
            startTime: wallClockFromMinutes(start),
            endTime: wallClockFromMinutes(Math.min(start + minutes, 21 * 60 + 30)),
          });
          const dayMinutes = Math.min(minutes, 270);
          const fits =
            weekdays.length >= 3 &&
            weekdays.length <= 5 &&
            dayMinutes >= 180 &&
            dayMinutes <= 240 &&
            weekdays.length * dayMinutes >= 540 &&
            weekdays.length * dayMinutes <= 900;
          expect(checkPlacement(target).length === 0).toBe(fits);
        },
      ),
    );
  });
});

describe("checkActivation", () => {
  it("activates after a scheduled intake, not straight from a referral", () => {
    expect(checkActivation({ status: "intake_scheduled", intakeOn: "2026-03-02", startsOn: "2026-03-09", target: iopTarget() })).toEqual([]);
    const fromReferral = checkActivation({ status: "referred", intakeOn: null, startsOn: "2026-03-09", target: iopTarget() });
    expect(fromReferral.map((p) => p.kind)).toEqual(["transition_not_allowed"]);
    expect(enrollmentRefusal("Not activated.", fromReferral)).toBe(
      "Not activated.\nAn enrollment that is referred cannot become active. From referred it can become intake scheduled or discharged.",
    );
  });

  it("does not activate an enrollment on hold a second time: it is resumed", () => {
    const problems = checkActivation({ status: "on_hold", intakeOn: "2026-03-02", startsOn: "2026-03-09", target: iopTarget() });
    expect(problems).toEqual([{ kind: "not_awaiting_activation", status: "on_hold" }]);
    expect(enrollmentProblemReasons(problems)[0]).toMatch(/resume it instead/);
  });

  it("refuses a first day before the intake", () => {
    const problems = checkActivation({ status: "intake_scheduled", intakeOn: "2026-03-10", startsOn: "2026-03-09", target: iopTarget() });
    expect(problems.map((p) => p.kind)).toEqual(["starts_before_intake"]);
  });

  it("takes the enrollment, the placement and the first day", () => {
    expect(activationInputSchema.safeParse({ enrollmentId: programId, programId, scheduleOptionId: programId, startsOn: "2026-03-09" }).success).toBe(true);
    expect(activationInputSchema.safeParse({ enrollmentId: programId, programId, startsOn: "2026-03-09" }).success).toBe(false);
  });
});

describe("planIntakeScheduling", () => {
  it("moves a referral to intake scheduled, reschedules a scheduled intake, and refuses the rest", () => {
    expect(planIntakeScheduling("referred")).toEqual({ statusChange: true, problems: [] });
    expect(planIntakeScheduling("intake_scheduled")).toEqual({ statusChange: false, problems: [] });
    for (const status of ["active", "on_hold", "discharged"] as const) {
      expect(planIntakeScheduling(status).problems.map((p) => p.kind)).toEqual(["transition_not_allowed"]);
    }
  });
});
