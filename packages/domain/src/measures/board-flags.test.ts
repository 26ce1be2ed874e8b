import { describe, expect, it } from "vitest";
import { compareComplianceUrgency } from "../attendance/compliance-urgency";
import type { CheckIn } from "./check-in-cadence";
import { boardScores, measureFlags, overdueCheckIns, overdueCheckInsSince } from "./board-flags";

const today = "2026-03-18";
const checkIn = (over: Partial<CheckIn>): CheckIn => ({
  instrument: "phq9",
  occasion: "scheduled",
  dueOn: "2026-03-16",
  expiresOn: "2026-03-19",
  remindOn: "2026-03-18",
  state: "due",
  ...over,
});

describe("overdueCheckIns", () => {
  it("chases an open check-in from its reminder day, not before", () => {
    expect(overdueCheckIns([checkIn({ remindOn: "2026-03-18" })], today)).toEqual(["PHQ-9"]);
    expect(overdueCheckIns([checkIn({ remindOn: "2026-03-19" })], today)).toEqual([]);
  });

  it("shows an expired one for a week after its last day, and never an answered one", () => {
    expect(overdueCheckIns([checkIn({ instrument: "gad7", state: "expired", expiresOn: "2026-03-11" })], today)).toEqual(["GAD-7"]);
    expect(overdueCheckIns([checkIn({ state: "expired", expiresOn: "2026-03-10" })], today)).toEqual([]);
    expect(overdueCheckIns([checkIn({ state: "answered" })], today)).toEqual([]);
  });

  it("names each instrument once", () => {
    const both = [checkIn({ state: "expired", expiresOn: "2026-03-12" }), checkIn({})];
    expect(overdueCheckIns(both, today)).toEqual(["PHQ-9"]);
  });
});

describe("overdueCheckInsSince", () => {
  it("reaches back past the oldest check-in still shown (open four days, then a week expired)", () => {
    const since = overdueCheckInsSince(today, { expiresAfterDays: 4 });
    expect(since).toBe("2026-03-07");
    // Due that day, its last day is the 10th, within the week before the 18th.
    expect(overdueCheckIns([checkIn({ dueOn: since, state: "expired", expiresOn: "2026-03-10" })], today)).toEqual([]);
    expect(overdueCheckIns([checkIn({ dueOn: "2026-03-08", state: "expired", expiresOn: "2026-03-11" })], today)).toEqual(["PHQ-9"]);
  });
});

describe("measureFlags", () => {
  it("flags open alerts, overdue if any is, and check-ins left unanswered", () => {
    expect(measureFlags({ openAlerts: [{ overdue: false }, { overdue: true }], overdueInstruments: ["GAD-7"] })).toEqual([
      { kind: "safety_alert_open", count: 2, overdue: true },
      { kind: "check_in_overdue", instruments: ["GAD-7"] },
    ]);
    expect(measureFlags({ openAlerts: [], overdueInstruments: [] })).toEqual([]);
  });

  it("puts a client with an open alert above one with every other flag", () => {
    const alerting = { flags: measureFlags({ openAlerts: [{ overdue: false }], overdueInstruments: [] }), nextReviewDue: null, reviewOverdue: false };
    const busy = {
      flags: [{ kind: "level_review_due" as const }, { kind: "outreach_due" as const }, { kind: "under_floor_this_week" as const }],
      nextReviewDue: "2026-03-01",
      reviewOverdue: true,
    };
    expect(compareComplianceUrgency(alerting, busy)).toBeLessThan(0);
  });
});

describe("boardScores", () => {
  it("shows PHQ-9 and GAD-7 with the latest band and the change since baseline, marking reliable change", () => {
    const scores = boardScores([
      { instrument: "gad7", baseline: 9, latest: 14, latestBandKey: "moderate", count: 4 },
      { instrument: "phq9", baseline: 18, latest: 9, latestBandKey: "mild", count: 5 },
      { instrument: "pcl5", baseline: 50, latest: 30, latestBandKey: "below_cut_off", count: 2 },
    ]);
    expect(scores.map(({ instrument, change, reliably }) => ({ instrument, change, reliably }))).toEqual([
      { instrument: "phq9", change: -9, reliably: "better" },
      { instrument: "gad7", change: 5, reliably: "worse" },
    ]);
    expect(scores[0]!.bandLabel).toBe("Mild");
  });

  it("has no change with one response, and no mark for a change within noise", () => {
    expect(boardScores([{ instrument: "phq9", baseline: 12, latest: 12, latestBandKey: "moderate", count: 1 }])[0]).toMatchObject({ change: null, reliably: null });
    expect(boardScores([{ instrument: "phq9", baseline: 12, latest: 8, latestBandKey: "mild", count: 3 }])[0]).toMatchObject({ change: -4, reliably: null });
  });
});
