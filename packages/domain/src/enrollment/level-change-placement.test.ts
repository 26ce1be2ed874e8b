import { describe, expect, it } from "vitest";
import type { DischargePlan } from "../continuing-care/discharge-plan";
import type { PlacementTarget } from "./enrollment-placement";
import { describeEnrollmentProblem } from "./enrollment-problems";
import { type LevelChangeCheck, checkLevelChange, levelChangeWithPlacementInputSchema } from "./level-change-placement";
import { defaultProgramPolicy } from "../programs/program-policy";

const outpatientId = "7f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f";
const outpatient: PlacementTarget = {
  programId: outpatientId,
  program: { level: "outpatient", active: true, policy: { ...defaultProgramPolicy("outpatient"), weeklyMinutes: { min: 45, max: 180 } } },
  option: { programId: outpatientId, name: "Tuesday evening group", shift: "evening", weekdays: [2], startTime: "18:00", endTime: "19:30" },
};

const plan: DischargePlan = {
  nextLevel: "outside_outpatient",
  nextProvider: { name: "Dr. Lee", frequency: "weekly" },
  joinsAlumniGroup: true,
  crisisPlan: {
    warningSigns: ["Not sleeping"],
    copingStrategies: ["Walk"],
    peopleToContact: [],
    professionalsToContact: [],
    makingTheEnvironmentSafe: [],
  },
};

const base: LevelChangeCheck = {
  status: "active",
  currentLevel: "iop",
  levelSince: "2026-02-02",
  enrollmentStartsOn: "2026-01-12",
  latestChange: { to: "active", effectiveOn: "2026-01-12" },
  to: "outpatient",
  effectiveOn: "2026-03-09",
  today: "2026-03-10",
  target: outpatient,
  dischargePlan: null,
};

const kinds = (check: LevelChangeCheck) => checkLevelChange(check).problems.map((p) => p.kind);

describe("checkLevelChange", () => {
  it("steps IOP down to an outpatient program whose schedule meets its band", () => {
    const { change, problems } = checkLevelChange(base);
    expect(problems).toEqual([]);
    expect(change).toMatchObject({ direction: "step_down", endsEnrollment: false });
  });

  it("needs a placement at the new level, and refuses one at another level", () => {
    expect(kinds({ ...base, target: null })).toEqual(["placement_required"]);
    expect(kinds({ ...base, to: "php" })).toEqual(["program_level_mismatch"]);
  });

  it("refuses a placement whose schedule breaks the band, and a change to the same level", () => {
    const twoEvenings = { ...outpatient, option: { ...outpatient.option, weekdays: [2, 4] as Array<2 | 4> } };
    expect(kinds({ ...base, target: twoEvenings })).toEqual(["schedule_breaks_band"]);
    expect(kinds({ ...base, to: "iop", target: null })).toEqual(["level_unchanged", "placement_required"]);
  });

  it("ends the enrollment for an exit, which needs a plan naming that destination and no placement", () => {
    const exit = { ...base, to: "outside_outpatient" as const, target: null };
    expect(kinds({ ...exit, dischargePlan: plan })).toEqual([]);
    expect(checkLevelChange({ ...exit, dischargePlan: plan }).change.dischargeReason).toBe("stepped_down_to_outside_care");
    expect(kinds(exit)).toEqual(["discharge_plan_required"]);
    expect(kinds({ ...exit, dischargePlan: { ...plan, nextLevel: "continuing_care" } })).toEqual(["discharge_plan_next_level_mismatch"]);
    expect(kinds({ ...exit, target: outpatient, dischargePlan: plan })).toEqual(["placement_not_allowed_for_exit"]);
    expect(kinds({ ...base, dischargePlan: plan })).toEqual(["discharge_plan_not_allowed"]);
  });

  it("dates an exit no earlier than the latest hold or resume; a move within the center is not a status change", () => {
    const exit = { ...base, to: "outside_outpatient" as const, target: null, dischargePlan: plan };
    const resumed = { to: "active" as const, effectiveOn: "2026-03-05" };
    const early = checkLevelChange({ ...exit, latestChange: resumed, effectiveOn: "2026-03-04" }).problems;
    expect(early).toEqual([{ kind: "before_latest_status_change", effectiveOn: "2026-03-04", latest: resumed }]);
    expect(describeEnrollmentProblem(early[0]!)).toBe(
      "The date (2026-03-04) cannot be before the enrollment's latest change of status: it has been active since 2026-03-05.",
    );
    expect(kinds({ ...exit, latestChange: resumed, effectiveOn: "2026-03-05" })).toEqual([]);
  });

  it("keeps at least the first day when an exit ends the enrollment", () => {
    const exit = { ...base, to: "outside_outpatient" as const, target: null, dischargePlan: plan, levelSince: "2026-03-09", enrollmentStartsOn: "2026-03-09" };
    const sameDay = checkLevelChange({ ...exit, effectiveOn: "2026-03-09" }).problems;
    expect(sameDay.map((p) => p.kind)).toEqual(["exit_on_first_day"]);
    expect(describeEnrollmentProblem(sameDay[0]!)).toBe("Care elsewhere can start the day after the first day here (2026-03-09) at the earliest, not 2026-03-09.");
    expect(kinds({ ...exit, effectiveOn: "2026-03-10" })).toEqual([]);
    // A move to a level run here keeps the enrollment, so it may take effect on the first day.
    expect(kinds({ ...base, levelSince: "2026-03-09", enrollmentStartsOn: "2026-03-09", effectiveOn: "2026-03-09" })).toEqual([]);
  });

  it("refuses a change before the current level began, or on an enrollment not in care", () => {
    const early = checkLevelChange({ ...base, effectiveOn: "2026-02-01" }).problems;
    expect(early.map((p) => p.kind)).toEqual(["effective_before_current_level"]);
    expect(describeEnrollmentProblem(early[0]!)).toBe("The change cannot take effect (2026-02-01) before the current level began (2026-02-02).");
    expect(kinds({ ...base, status: "discharged" })).toEqual(["enrollment_not_open"]);
  });

  it("refuses a change within the center dated after today, but lets an exit be dated ahead", () => {
    const ahead = checkLevelChange({ ...base, effectiveOn: "2026-03-11" }).problems;
    expect(ahead.map((p) => p.kind)).toEqual(["level_change_ahead_of_today"]);
    expect(describeEnrollmentProblem(ahead[0]!)).toBe("A change of level of care is recorded on or after the day it takes effect.");
    expect(kinds({ ...base, effectiveOn: "2026-03-10" })).toEqual([]);
    expect(kinds({ ...base, to: "outside_outpatient", target: null, dischargePlan: plan, effectiveOn: "2026-04-01" })).toEqual([]);
  });
});

describe("levelChangeWithPlacementInputSchema", () => {
  it("takes a destination with a placement or a discharge plan", () => {
    const input = { enrollmentId: outpatientId, to: "outpatient", effectiveOn: "2026-03-09", reason: "Stable for three weeks" };
    expect(levelChangeWithPlacementInputSchema.safeParse({ ...input, placement: { programId: outpatientId, scheduleOptionId: outpatientId } }).success).toBe(true);
    expect(levelChangeWithPlacementInputSchema.safeParse({ ...input, to: "continuing_care", dischargePlan: plan }).success).toBe(true);
    expect(levelChangeWithPlacementInputSchema.safeParse({ ...input, reason: "" }).success).toBe(false);
  });
});
