import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time/calendar-date";
import { checkDischarge } from "./enrollment-discharge";
import { checkHoldChange } from "./enrollment-hold";
import { enrollmentEndFromLastDay } from "./enrollment-period";
import { describeEnrollmentProblem } from "./enrollment-problems";
import { enrollmentStatuses } from "./enrollment-status";
import { checkRecertification } from "./recertification-input";

describe("checkHoldChange", () => {
  it("holds only an active enrollment and resumes only one on hold", () => {
    fc.assert(
      fc.property(fc.constantFrom(...enrollmentStatuses), fc.constantFrom("on_hold" as const, "active" as const), (from, to) => {
        const problems = checkHoldChange({ from, to, startsOn: "2026-03-02", levelSince: "2026-03-02", latestChange: { to: from, effectiveOn: "2026-03-05" }, effectiveOn: "2026-03-10" });
        const allowed = (from === "active" && to === "on_hold") || (from === "on_hold" && to === "active");
        expect(problems.length === 0).toBe(allowed);
      }),
    );
  });

  it("refuses a date before the enrollment started", () => {
    const problems = checkHoldChange({ from: "active", to: "on_hold", startsOn: "2026-03-02", levelSince: "2026-03-09", latestChange: null, effectiveOn: "2026-03-01" });
    expect(problems.map((p) => p.kind)).toEqual(["effective_before_start"]);
  });

  it("refuses a hold dated before the current level began, and allows one on that day", () => {
    const hold = (effectiveOn: string) =>
      checkHoldChange({ from: "active", to: "on_hold", startsOn: "2026-03-02", levelSince: "2026-03-09", latestChange: null, effectiveOn });
    expect(hold("2026-03-08")).toEqual([{ kind: "hold_before_current_level", effectiveOn: "2026-03-08", levelSince: "2026-03-09" }]);
    expect(hold("2026-03-09")).toEqual([]);
    expect(describeEnrollmentProblem(hold("2026-03-08")[0]!)).toBe(
      "The hold cannot start (2026-03-08) before the current level of care began (2026-03-09).",
    );
  });

  it("refuses a resume dated before the hold it ends, whatever the days between", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: -60, max: 60 }), (holdAfter, resumeAfter) => {
        const heldSince = addDays("2026-03-02", holdAfter);
        const effectiveOn = addDays(heldSince, resumeAfter);
        const problems = checkHoldChange({
          from: "on_hold",
          to: "active",
          startsOn: "2026-03-02",
          levelSince: "2026-03-02",
          latestChange: { to: "on_hold", effectiveOn: heldSince },
          effectiveOn,
        });
        // A resume before the start is refused for that reason instead.
        expect(problems.length > 0).toBe(resumeAfter < 0);
        expect(problems.some((p) => p.kind === "resume_before_hold")).toBe(resumeAfter < 0 && effectiveOn >= "2026-03-02");
      }),
    );
    const [problem] = checkHoldChange({
      from: "on_hold",
      to: "active",
      startsOn: "2026-03-02",
      levelSince: "2026-03-02",
      latestChange: { to: "on_hold", effectiveOn: "2026-03-10" },
      effectiveOn: "2026-03-09",
    });
    expect(describeEnrollmentProblem(problem!)).toBe("The resume (2026-03-09) cannot be dated before the hold it ends began (2026-03-10).");
  });

  it("refuses a hold dated before the last resume, whatever the days between, and says so in words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: -60, max: 60 }), (resumeAfter, holdAfter) => {
        const resumedOn = addDays("2026-03-02", resumeAfter);
        const effectiveOn = addDays(resumedOn, holdAfter);
        const problems = checkHoldChange({
          from: "active",
          to: "on_hold",
          startsOn: "2026-03-02",
          levelSince: "2026-03-02",
          latestChange: { to: "active", effectiveOn: resumedOn },
          effectiveOn,
        });
        // A hold before the start is refused for that reason instead.
        expect(problems.length > 0).toBe(holdAfter < 0);
        expect(problems.some((p) => p.kind === "before_latest_status_change")).toBe(holdAfter < 0 && effectiveOn >= "2026-03-02");
      }),
    );
    const [problem] = checkHoldChange({
      from: "active",
      to: "on_hold",
      startsOn: "2026-03-02",
      levelSince: "2026-03-02",
      latestChange: { to: "active", effectiveOn: "2026-03-20" },
      effectiveOn: "2026-03-16",
    });
    expect(describeEnrollmentProblem(problem!)).toBe(
      "The date (2026-03-16) cannot be before the enrollment's latest change of status: it has been active since 2026-03-20.",
    );
    expect(
      checkHoldChange({ from: "active", to: "on_hold", startsOn: "2026-03-02", levelSince: "2026-03-02", latestChange: { to: "active", effectiveOn: "2026-03-20" }, effectiveOn: "2026-03-20" }),
    ).toEqual([]);
  });
});

describe("checkDischarge", () => {
  it("discharges any open enrollment from its first day on, never a discharged one", () => {
    expect(checkDischarge({ from: "active", startsOn: "2026-03-02", lastDayOn: "2026-03-02", latestChange: null })).toEqual([]);
    expect(checkDischarge({ from: "discharged", startsOn: "2026-03-02", lastDayOn: "2026-03-20", latestChange: null }).map((p) => p.kind)).toEqual([
      "transition_not_allowed",
    ]);
    expect(checkDischarge({ from: "on_hold", startsOn: "2026-03-02", lastDayOn: "2026-03-01", latestChange: null }).map((p) => p.kind)).toEqual([
      "last_day_before_start",
    ]);
  });

  it("ends the enrollment no earlier than its latest hold or resume", () => {
    const held = { to: "on_hold" as const, effectiveOn: "2026-03-16" };
    // The last day before the hold ends the enrollment on the day the hold began: allowed.
    expect(checkDischarge({ from: "on_hold", startsOn: "2026-03-02", lastDayOn: "2026-03-15", latestChange: held })).toEqual([]);
    expect(checkDischarge({ from: "on_hold", startsOn: "2026-03-02", lastDayOn: "2026-03-10", latestChange: held })).toEqual([
      { kind: "discharge_before_latest_status_change", lastDayOn: "2026-03-10", endsOn: "2026-03-11", latest: held },
    ]);
    expect(
      describeEnrollmentProblem({ kind: "discharge_before_latest_status_change", lastDayOn: "2026-03-10", endsOn: "2026-03-11", latest: held }),
    ).toBe(
      "A last day of 2026-03-10 would end the enrollment on 2026-03-11, before its latest change of status: it has been on hold since 2026-03-16. The last day can be 2026-03-15 or later.",
    );
  });

  it("refuses to discharge an enrollment that never started: the referral is closed instead", () => {
    for (const from of ["referred", "intake_scheduled"] as const) {
      expect(checkDischarge({ from, startsOn: "2026-03-02", lastDayOn: "2026-03-02", latestChange: null })).toEqual([{ kind: "discharge_before_start", status: from }]);
    }
  });

  it("stores the day after the last day, so the period always ends after it starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (length) => {
        const lastDayOn = addDays("2026-03-02", length);
        expect(enrollmentEndFromLastDay(lastDayOn)).toBe(addDays(lastDayOn, 1));
        expect(enrollmentEndFromLastDay(lastDayOn) > "2026-03-02").toBe(true);
      }),
    );
  });
});

describe("checkRecertification", () => {
  const base = { status: "active" as const, level: "php" as const, levelSince: "2026-03-02", certifiedOn: "2026-03-18", today: "2026-03-19" };

  it("records a review of an open PHP or IOP enrollment, dated between the level's start and today", () => {
    expect(checkRecertification(base)).toEqual([]);
    expect(checkRecertification({ ...base, level: "outpatient" }).map((p) => p.kind)).toEqual(["level_needs_no_recertification"]);
    expect(checkRecertification({ ...base, certifiedOn: "2026-03-01" }).map((p) => p.kind)).toEqual(["certified_before_current_level"]);
    expect(checkRecertification({ ...base, certifiedOn: "2026-03-20" }).map((p) => p.kind)).toEqual(["certified_in_future"]);
    expect(checkRecertification({ ...base, status: "referred" }).map((p) => p.kind)).toEqual(["enrollment_not_open"]);
  });
});
