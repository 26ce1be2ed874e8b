import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CalendarDate, addDays } from "../time/calendar-date";
import type { CareLevel } from "../care-levels/care-level";
import {
  type AttendedDay,
  type Authorization,
  authorizationInputSchema,
  authorizationPolicySchema,
  authorizationStanding,
  authorizationStandingWords,
  currentAuthorization,
  defaultAuthorizationPolicy,
  unitsUsed,
} from "./authorization";

const december: Authorization = { unitsApproved: 20, startsOn: "2026-12-01", endsOn: "2026-12-14" };

// What the staff screens pass (formatCalendarDate(date, "medium") in @stepwise/ui), rebuilt here.
const medium = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
function formatDate(date: CalendarDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return medium.format(new Date(Date.UTC(year!, month! - 1, day!)));
}

describe("unitsUsed", () => {
  const cases: { name: string; level: CareLevel; days: AttendedDay[]; expected: number }[] = [
    { name: "no attendance", level: "iop", days: [], expected: 0 },
    { name: "IOP: one unit per attended day", level: "iop", days: [{ on: "2026-12-01", sessions: 1 }, { on: "2026-12-02", sessions: 1 }], expected: 2 },
    { name: "PHP: several sessions on one day are one unit", level: "php", days: [{ on: "2026-12-03", sessions: 4 }], expected: 1 },
    { name: "IOP: several sessions on one day are one unit", level: "iop", days: [{ on: "2026-12-03", sessions: 3 }, { on: "2026-12-04", sessions: 2 }], expected: 2 },
    { name: "IOP: a date listed twice is one day", level: "iop", days: [{ on: "2026-12-03", sessions: 1 }, { on: "2026-12-03", sessions: 2 }], expected: 1 },
    { name: "outpatient: one unit per attended session", level: "outpatient", days: [{ on: "2026-12-03", sessions: 2 }, { on: "2026-12-10", sessions: 1 }], expected: 3 },
    {
      name: "days before the start and after the end use nothing",
      level: "iop",
      days: [
        { on: "2026-11-30", sessions: 1 },
        { on: "2026-12-01", sessions: 1 },
        { on: "2026-12-14", sessions: 1 },
        { on: "2026-12-15", sessions: 1 },
      ],
      expected: 2,
    },
    { name: "outpatient: sessions outside the period use nothing", level: "outpatient", days: [{ on: "2026-11-30", sessions: 2 }, { on: "2026-12-15", sessions: 3 }], expected: 0 },
    { name: "a day with no session attended uses nothing", level: "php", days: [{ on: "2026-12-05", sessions: 0 }], expected: 0 },
  ];
  it.each(cases)("$name", ({ level, days, expected }) => {
    expect(unitsUsed(level, days, december)).toBe(expected);
  });

  it("never counts more IOP/PHP units than distinct attended days in the period", () => {
    const day = fc.integer({ min: -10, max: 30 }).map((offset) => addDays("2026-12-01", offset));
    const attended = fc.array(fc.record({ on: day, sessions: fc.integer({ min: 0, max: 6 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.constantFrom<CareLevel>("iop", "php"), attended, fc.integer({ min: 0, max: 20 }), (level, days, length) => {
        const period = { startsOn: "2026-12-01", endsOn: addDays("2026-12-01", length) };
        const distinct = new Set(days.filter((d) => d.sessions > 0 && d.on >= period.startsOn && d.on <= period.endsOn).map((d) => d.on));
        const used = unitsUsed(level, days, period);
        expect(used).toBeLessThanOrEqual(distinct.size);
        expect(used).toBeLessThanOrEqual(length + 1);
      }),
    );
  });
});

describe("authorizationStanding", () => {
  it("counts what is left and the days to the end", () => {
    expect(authorizationStanding(december, { unitsUsed: 8, today: "2026-12-04" })).toEqual({
      unitsApproved: 20,
      startsOn: "2026-12-01",
      endsOn: "2026-12-14",
      unitsUsed: 8,
      unitsRemaining: 12,
      daysLeft: 10,
      endingSoon: false,
      exhaustedSoon: false,
      expired: false,
      current: true,
    });
  });

  it("is current with no days left on its last day", () => {
    const standing = authorizationStanding(december, { unitsUsed: 8, today: "2026-12-14" });
    expect(standing).toMatchObject({ current: true, expired: false, daysLeft: 0, endingSoon: true });
  });

  it("has ended the day after its last day, and raises no notice then", () => {
    const standing = authorizationStanding(december, { unitsUsed: 19, today: "2026-12-15" });
    expect(standing).toMatchObject({ current: false, expired: true, daysLeft: 0, endingSoon: false, exhaustedSoon: false });
  });

  it.each([
    { today: "2026-12-07", daysLeft: 7, endingSoon: true },
    { today: "2026-12-06", daysLeft: 8, endingSoon: false },
  ])("ending soon exactly at the notice days: $daysLeft days left → $endingSoon", ({ today, daysLeft, endingSoon }) => {
    const standing = authorizationStanding(december, { unitsUsed: 0, today });
    expect(standing.daysLeft).toBe(daysLeft);
    expect(standing.endingSoon).toBe(endingSoon);
    expect(standing.exhaustedSoon).toBe(false);
  });

  it.each([
    { used: 16, remaining: 4, soon: false },
    { used: 17, remaining: 3, soon: true },
    { used: 20, remaining: 0, soon: true },
    { used: 23, remaining: 0, soon: true },
  ])("exhausted soon at the notice units: $used used → $remaining left, $soon", ({ used, remaining, soon }) => {
    const standing = authorizationStanding(december, { unitsUsed: used, today: "2026-12-02" });
    expect(standing.unitsRemaining).toBe(remaining);
    expect(standing.exhaustedSoon).toBe(soon);
    expect(standing.endingSoon).toBe(soon);
  });

  it("reads the center's policy instead of the default", () => {
    const policy = { noticeDays: 14, noticeUnits: 0 };
    expect(authorizationStanding(december, { unitsUsed: 18, today: "2026-12-01", policy })).toMatchObject({ endingSoon: true, exhaustedSoon: false });
    expect(authorizationStanding(december, { unitsUsed: 18, today: "2026-12-01" })).toMatchObject({ endingSoon: true, exhaustedSoon: true });
  });

  it("is neither current nor ended before it starts", () => {
    expect(authorizationStanding(december, { unitsUsed: 0, today: "2026-11-20" })).toMatchObject({ current: false, expired: false, daysLeft: 24 });
  });
});

describe("authorizationPolicySchema", () => {
  it("accepts the default and refuses a negative notice", () => {
    expect(authorizationPolicySchema.parse(defaultAuthorizationPolicy)).toEqual({ noticeDays: 7, noticeUnits: 3 });
    expect(authorizationPolicySchema.safeParse({ noticeDays: -1, noticeUnits: 3 }).success).toBe(false);
  });
});

describe("currentAuthorization", () => {
  const first = { id: "first", unitsApproved: 20, startsOn: "2026-11-01", endsOn: "2026-11-30" };
  const renewal = { id: "renewal", unitsApproved: 15, startsOn: "2026-11-25", endsOn: "2026-12-20" };
  const sameStart = { id: "same-start", unitsApproved: 10, startsOn: "2026-11-25", endsOn: "2026-12-05" };

  it.each([
    { today: "2026-11-10", expected: "first" },
    { today: "2026-11-25", expected: "renewal" },
    { today: "2026-11-30", expected: "renewal" },
    { today: "2026-12-20", expected: "renewal" },
    { today: "2026-12-21", expected: null },
    { today: "2026-10-31", expected: null },
  ])("on $today → $expected", ({ today, expected }) => {
    // Order in the list must not matter: the latest start wins.
    expect(currentAuthorization([first, renewal], today)?.id ?? null).toBe(expected);
    expect(currentAuthorization([renewal, first], today)?.id ?? null).toBe(expected);
  });

  it("takes the later in the list when two start the same day", () => {
    expect(currentAuthorization([renewal, sameStart], "2026-12-01")?.id).toBe("same-start");
    expect(currentAuthorization([sameStart, renewal], "2026-12-01")?.id).toBe("renewal");
  });

  it("is null without authorizations", () => {
    expect(currentAuthorization([], "2026-12-01")).toBeNull();
  });
});

describe("authorizationStandingWords", () => {
  it.each([
    { today: "2026-12-08", used: 8, words: "8 of 20 days used · ends Dec 14, 2026 (6 days)" },
    { today: "2026-12-13", used: 8, words: "8 of 20 days used · ends Dec 14, 2026 (1 day)" },
    { today: "2026-12-14", used: 8, words: "8 of 20 days used · ends Dec 14, 2026 (today)" },
    { today: "2026-12-15", used: 8, words: "Ended Dec 14, 2026" },
    { today: "2026-11-28", used: 0, words: "Starts Dec 1, 2026 · 20 days approved" },
  ])("on $today: $words", ({ today, used, words }) => {
    expect(authorizationStandingWords(authorizationStanding(december, { unitsUsed: used, today }), { formatDate })).toBe(words);
  });

  it("says sessions for outpatient, one in the singular, and ISO dates unless told otherwise", () => {
    const one = { unitsApproved: 1, startsOn: "2026-12-01", endsOn: "2026-12-01" };
    expect(authorizationStandingWords(authorizationStanding(one, { unitsUsed: 0, today: "2026-12-01" }), { unit: "attended_session" })).toBe(
      "0 of 1 session used · ends 2026-12-01 (today)",
    );
    const ended = { unitsApproved: 12, startsOn: "2026-11-01", endsOn: "2026-12-01" };
    expect(authorizationStandingWords(authorizationStanding(ended, { unitsUsed: 12, today: "2026-12-02" }), { formatDate })).toBe("Ended Dec 1, 2026");
  });
});

describe("authorizationInputSchema", () => {
  const valid = {
    enrollmentId: "3f0c6a52-2b1e-4d8a-9c3f-5a7e1b2c4d6e",
    payer: "  Blue Shield  ",
    number: "AUTH-2026-0042",
    unitsApproved: 20,
    startsOn: "2026-12-01",
    endsOn: "2026-12-14",
  };

  function errorsOf(input: Record<string, unknown>): Record<string, string[]> {
    const result = authorizationInputSchema.safeParse(input);
    if (result.success) return {};
    const errors: Record<string, string[]> = {};
    for (const issue of result.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
    return errors;
  }

  it("accepts an authorization, trimming the payer, and a period of one day", () => {
    expect(authorizationInputSchema.parse(valid).payer).toBe("Blue Shield");
    expect(authorizationInputSchema.safeParse({ ...valid, endsOn: valid.startsOn }).success).toBe(true);
  });

  it.each([
    { change: { endsOn: "2026-11-30" }, field: "endsOn", message: "The end date can't be before the start date." },
    { change: { payer: "   " }, field: "payer", message: "Enter the payer." },
    { change: { payer: "x".repeat(121) }, field: "payer", message: "A payer's name is at most 120 characters." },
    { change: { payer: "Blue\nShield" }, field: "payer", message: "Please keep this to one line." },
    { change: { number: "" }, field: "number", message: "Enter the authorization number." },
    { change: { number: "9".repeat(61) }, field: "number", message: "An authorization number is at most 60 characters." },
    { change: { unitsApproved: 0 }, field: "unitsApproved", message: "Approve at least 1 unit." },
    { change: { unitsApproved: 367 }, field: "unitsApproved", message: "Approve at most 366 units." },
    { change: { unitsApproved: 2.5 }, field: "unitsApproved", message: "Enter a whole number of units." },
    { change: { enrollmentId: "not-an-id" }, field: "enrollmentId", message: "Choose the enrollment." },
    { change: { startsOn: "2026-02-30" }, field: "startsOn", message: "Enter a date as YYYY-MM-DD." },
  ])("$field: $message", ({ change, field, message }) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: [message] });
  });

  it("accepts the limits themselves", () => {
    expect(authorizationInputSchema.safeParse({ ...valid, unitsApproved: 366, payer: "x".repeat(120), number: "9".repeat(60) }).success).toBe(true);
    expect(authorizationInputSchema.safeParse({ ...valid, unitsApproved: 1 }).success).toBe(true);
  });
});
