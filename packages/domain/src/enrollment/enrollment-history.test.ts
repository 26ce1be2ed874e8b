import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time/calendar-date";
import {
  type EnrollmentHistory,
  type LevelPlacement,
  type StatusChange,
  careOn,
  careSpans,
  expectedOnOption,
  holdSpans,
  placementForWeek,
  placementOn,
  policyForWeek,
  weeklyBandForWeek,
} from "./enrollment-history";
import { defaultProgramPolicy } from "../programs/program-policy";

const php: LevelPlacement = { effectiveOn: "2026-03-02", programId: "program-php", scheduleOptionId: "option-php-day", level: "php" };
// A step-down in the middle of the week: Thursday the 12th.
const iop: LevelPlacement = { effectiveOn: "2026-03-12", programId: "program-iop", scheduleOptionId: "option-iop-evening", level: "iop" };

const admitted: StatusChange[] = [
  { effectiveOn: "2026-02-20", toStatus: "referred" },
  { effectiveOn: "2026-03-02", toStatus: "active" },
];

const steppedDown: EnrollmentHistory = { startsOn: "2026-03-02", endsOn: null, placements: [php, iop], statusChanges: admitted };

describe("placementOn and expectedOnOption", () => {
  it.each([
    ["2026-03-01", null, false, false],
    ["2026-03-02", php, true, false],
    ["2026-03-11", php, true, false],
    ["2026-03-12", iop, false, true],
    ["2026-04-30", iop, false, true],
  ] as const)("on %s: placement %o, on the PHP day option %s, on the IOP evening option %s", (date, placement, onPhp, onIop) => {
    expect(placementOn(steppedDown, date)).toEqual(placement);
    expect(expectedOnOption(steppedDown, "option-php-day", date)).toBe(onPhp);
    expect(expectedOnOption(steppedDown, "option-iop-evening", date)).toBe(onIop);
  });

  it("places nobody before the admission row, nor outside the (exclusive) end", () => {
    const referred: EnrollmentHistory = { startsOn: "2026-03-02", endsOn: null, placements: [], statusChanges: admitted.slice(0, 1) };
    expect(placementOn(referred, "2026-03-05")).toBeNull();
    const discharged: EnrollmentHistory = { ...steppedDown, endsOn: "2026-03-20", statusChanges: [...admitted, { effectiveOn: "2026-03-20", toStatus: "discharged" }] };
    expect(careOn(discharged, "2026-03-19")).toEqual(iop);
    expect(careOn(discharged, "2026-03-20")).toBeNull();
  });

  it("of two placements on the same day, keeps the one recorded later", () => {
    const corrected = { ...iop, scheduleOptionId: "option-iop-morning" };
    const history = { ...steppedDown, placements: [php, iop, corrected] };
    expect(placementOn(history, "2026-03-12")).toBe(corrected);
  });
});

describe("holds", () => {
  const held: EnrollmentHistory = {
    startsOn: "2026-03-02",
    endsOn: null,
    placements: [php],
    statusChanges: [...admitted, { effectiveOn: "2026-03-16", toStatus: "on_hold" }, { effectiveOn: "2026-03-23", toStatus: "active" }],
  };

  it("takes the client off the option from the hold's date to the resume's, and no longer", () => {
    expect(expectedOnOption(held, "option-php-day", "2026-03-13")).toBe(true);
    expect(expectedOnOption(held, "option-php-day", "2026-03-16")).toBe(false);
    expect(expectedOnOption(held, "option-php-day", "2026-03-22")).toBe(false);
    expect(expectedOnOption(held, "option-php-day", "2026-03-23")).toBe(true);
    // The level of care stays in force while on hold; only attendance pauses.
    expect(placementOn(held, "2026-03-18")).toBe(php);
  });

  it("runs on while not resumed, and a resume dated before its hold undoes it", () => {
    const open = { ...held, statusChanges: held.statusChanges.slice(0, 3) };
    expect(holdSpans(open)).toEqual([{ from: "2026-03-16", until: null }]);
    expect(expectedOnOption(open, "option-php-day", "2026-05-01")).toBe(false);
    const undone = { ...held, statusChanges: [...admitted, { effectiveOn: "2026-03-16", toStatus: "on_hold" as const }, { effectiveOn: "2026-03-10", toStatus: "active" as const }] };
    expect(holdSpans(undone)).toEqual([]);
    expect(expectedOnOption(undone, "option-php-day", "2026-03-18")).toBe(true);
  });

  it("splits the care spans around the hold", () => {
    expect(careSpans({ ...held, placements: [php, iop] })).toEqual([
      { from: "2026-03-02", until: "2026-03-12", placement: php },
      { from: "2026-03-12", until: "2026-03-16", placement: iop },
      { from: "2026-03-23", until: null, placement: iop },
    ]);
  });
});

describe("weeklyBandForWeek", () => {
  const bands = new Map([
    ["program-php", { min: 1200, max: 1800 }],
    ["program-iop", { min: 540, max: 900 }],
  ]);
  it("gives each week the band of its own placement's program", () => {
    expect(weeklyBandForWeek(steppedDown, "2026-03-02", bands)).toEqual({ level: "php", weeklyMinutes: { min: 1200, max: 1800 } });
    expect(weeklyBandForWeek(steppedDown, "2026-03-09", bands)).toEqual({ level: "iop", weeklyMinutes: { min: 540, max: 900 } });
    expect(weeklyBandForWeek(steppedDown, "2026-03-16", bands)).toEqual({ level: "iop", weeklyMinutes: { min: 540, max: 900 } });
    expect(weeklyBandForWeek(steppedDown, "2026-02-23", bands)).toBeNull();
    expect(weeklyBandForWeek(steppedDown, "2026-03-16", new Map())).toBeNull();
  });
});

describe("placementForWeek", () => {
  const week = "2026-03-09";
  it.each([
    ["2026-03-10", "iop"], // Tuesday: one day PHP, six IOP
    ["2026-03-12", "iop"], // Thursday: three days to four
    ["2026-03-13", "php"], // Friday: four days to three
  ] as const)("a step-down on %s leaves the week with the %s band", (effectiveOn, level) => {
    const history = { ...steppedDown, placements: [php, { ...iop, effectiveOn }] };
    expect(placementForWeek(history, week)?.level).toBe(level);
  });

  it("judges each week by its own placement, and a week outside the enrollment by none", () => {
    expect(placementForWeek(steppedDown, "2026-03-02")).toBe(php);
    expect(placementForWeek(steppedDown, "2026-03-16")).toBe(iop);
    expect(placementForWeek(steppedDown, "2026-02-23")).toBeNull();
  });

  it("gives a tie to the later placement", () => {
    // The enrollment ends after Thursday: Mon–Tue PHP, Wed–Thu IOP.
    const history = { ...steppedDown, endsOn: "2026-03-13", placements: [php, { ...iop, effectiveOn: "2026-03-11" }] };
    expect(placementForWeek(history, week)?.level).toBe("iop");
  });
});

const day0 = "2026-03-02";
const dateArb = fc.integer({ min: -5, max: 60 }).map((offset) => addDays(day0, offset));
const historyArb: fc.Arbitrary<EnrollmentHistory> = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 10 }),
    length: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
    changes: fc.array(fc.record({ after: fc.integer({ min: 0, max: 20 }), option: fc.constantFrom("a", "b", "c", null) }), { maxLength: 4 }),
    statuses: fc.array(
      fc.record({ offset: fc.integer({ min: 0, max: 55 }), toStatus: fc.constantFrom("on_hold" as const, "active" as const) }),
      { maxLength: 5 },
    ),
  })
  .map(({ startOffset, length, changes, statuses }) => {
    const startsOn = addDays(day0, startOffset);
    let effectiveOn = startsOn;
    const placements: LevelPlacement[] = [{ effectiveOn, programId: "p0", scheduleOptionId: "a", level: "php" }];
    changes.forEach((change, index) => {
      effectiveOn = addDays(effectiveOn, change.after);
      placements.push({ effectiveOn, programId: `p${index + 1}`, scheduleOptionId: change.option, level: index % 2 === 0 ? "iop" : "php" });
    });
    return {
      startsOn,
      endsOn: length === null ? null : addDays(startsOn, length),
      placements,
      statusChanges: [{ effectiveOn: startsOn, toStatus: "active" }, ...statuses.map((s) => ({ effectiveOn: addDays(day0, s.offset), toStatus: s.toStatus }))],
    };
  });

describe("properties", () => {
  it("the care spans hold exactly the days careOn answers, under the same placement", () => {
    fc.assert(
      fc.property(historyArb, dateArb, (history, date) => {
        const covering = careSpans(history).filter((span) => span.from <= date && (span.until === null || date < span.until));
        expect(covering.length).toBeLessThanOrEqual(1);
        expect(covering[0]?.placement ?? null).toBe(careOn(history, date));
      }),
    );
  });

  it("care spans are ordered, do not overlap and stay within the enrollment", () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const spans = careSpans(history);
        spans.forEach((span, index) => {
          expect(span.from >= history.startsOn).toBe(true);
          if (span.until !== null) expect(span.from < span.until).toBe(true);
          if (history.endsOn !== null) expect(span.until !== null && span.until <= history.endsOn).toBe(true);
          const next = spans[index + 1];
          if (next) expect(span.until !== null && span.until <= next.from).toBe(true);
        });
      }),
    );
  });

  it("a later change of level or hold never changes where the client was before it took effect", () => {
    fc.assert(
      fc.property(historyArb, dateArb, fc.integer({ min: 1, max: 30 }), fc.boolean(), (history, date, after, hold) => {
        const effectiveOn = addDays(date, after);
        const later: EnrollmentHistory = hold
          ? { ...history, statusChanges: [...history.statusChanges, { effectiveOn, toStatus: "on_hold" }] }
          : {
              ...history,
              placements: [
                ...history.placements,
                { effectiveOn: effectiveOn > history.placements.at(-1)!.effectiveOn ? effectiveOn : addDays(history.placements.at(-1)!.effectiveOn, 1), programId: "later", scheduleOptionId: "z", level: "iop" },
              ],
            };
        expect(careOn(later, date)).toBe(careOn(history, date));
      }),
    );
  });

  it("a week's placement is one in force on at least one of its days", () => {
    fc.assert(
      fc.property(historyArb, dateArb, (history, date) => {
        const monday = addDays(day0, 7 * Math.floor((Date.parse(date) - Date.parse(day0)) / (7 * 86_400_000)));
        const chosen = placementForWeek(history, monday);
        const inForce = Array.from({ length: 7 }, (_, offset) => placementOn(history, addDays(monday, offset)));
        if (chosen === null) expect(inForce.every((placement) => placement === null)).toBe(true);
        else expect(inForce).toContain(chosen);
      }),
    );
  });
});

describe("policyForWeek", () => {
  const iop = { ...defaultProgramPolicy("iop"), weeklyMinutes: { min: 540, max: 900 } };
  const history: EnrollmentHistory = {
    startsOn: "2026-03-02",
    endsOn: null,
    placements: [
      { effectiveOn: "2026-03-02", programId: "php", scheduleOptionId: "day", level: "php" },
      { effectiveOn: "2026-03-16", programId: "iop", scheduleOptionId: "evening", level: "iop" },
    ],
    statusChanges: [],
  };
  const bands = new Map([
    ["php", { min: 1200, max: 1800 }],
    ["iop", { min: 540, max: 900 }],
  ]);

  it("reads a week against the band of the program it was run under", () => {
    expect(policyForWeek(iop, history, bands, "2026-03-02")).toMatchObject({ level: "php", weeklyMinutes: { min: 1200, max: 1800 } });
    expect(policyForWeek(iop, history, bands, "2026-03-16")).toMatchObject({ level: "iop", weeklyMinutes: { min: 540, max: 900 } });
  });

  it("keeps the program's own band when the week has no placement or there is no history", () => {
    expect(policyForWeek(iop, history, bands, "2026-02-23")).toBe(iop);
    expect(policyForWeek(iop, null, bands, "2026-03-02")).toBe(iop);
  });
});
