import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../time/calendar-date";
import { type ObjectiveEvidence, objectiveProgress, objectiveStateLabels } from "./objective-progress";
import type { ObjectiveMeasure } from "./plan-content";

const none: ObjectiveEvidence = { scores: [], weeks: [], clinicianMarkedMetOn: null };
const targetOn = "2026-04-13";
const before = "2026-04-01";
const after = "2026-04-20";

const phq9Under10 = { targetOn, measure: { kind: "score_below", instrument: "phq9", below: 10 } satisfies ObjectiveMeasure };
const phq9 = (total: number, submittedOn: string) => ({ instrument: "phq9" as const, total, submittedOn });

describe("objectiveProgress: a score below a target", () => {
  it("is met when the latest score is below the target, whatever the order given", () => {
    const evidence = { ...none, scores: [phq9(8, "2026-03-30"), phq9(18, "2026-03-02")] };
    expect(objectiveProgress(phq9Under10, evidence, after)).toMatchObject({ state: "met", words: "Met. Your latest PHQ-9 was 8, under 10." });
  });

  it("reads the latest score, not the lowest: a rise after a low one is not met", () => {
    const evidence = { ...none, scores: [phq9(18, "2026-03-02"), phq9(8, "2026-03-16"), phq9(12, "2026-03-30")] };
    expect(objectiveProgress(phq9Under10, evidence, before)).toMatchObject({ state: "on_track", words: "On track. Your latest PHQ-9 was 12, down from 18." });
  });

  it("is not yet once the target date has passed without reaching it, even going down", () => {
    const evidence = { ...none, scores: [phq9(18, "2026-03-02"), phq9(12, "2026-03-30")] };
    expect(objectiveProgress(phq9Under10, evidence, after)).toMatchObject({ state: "not_yet", words: "Not yet. Your latest PHQ-9 was 12; the aim is under 10." });
    expect(objectiveProgress(phq9Under10, evidence, targetOn).state).toBe("on_track"); // the target day itself still counts
  });

  it("is not yet when the score has not come down, or with one score only", () => {
    expect(objectiveProgress(phq9Under10, { ...none, scores: [phq9(14, "2026-03-02"), phq9(14, "2026-03-16")] }, before).state).toBe("not_yet");
    expect(objectiveProgress(phq9Under10, { ...none, scores: [phq9(14, "2026-03-02")] }, before).state).toBe("not_yet");
  });

  it("at the target is not under it", () => {
    expect(objectiveProgress(phq9Under10, { ...none, scores: [phq9(10, "2026-03-02")] }, before).state).toBe("not_yet");
  });

  it("reads only the objective's own instrument, and no score from after today", () => {
    const evidence = { ...none, scores: [phq9(18, "2026-03-02"), { instrument: "gad7" as const, total: 3, submittedOn: "2026-03-20" }, phq9(4, "2026-04-05")] };
    expect(objectiveProgress(phq9Under10, evidence, before).state).toBe("not_yet");
    expect(objectiveProgress(phq9Under10, evidence, "2026-04-05").state).toBe("met");
  });

  it("says so kindly when there is no check-in yet", () => {
    expect(objectiveProgress(phq9Under10, none, before)).toMatchObject({ state: "not_yet", words: "Not yet. There's no PHQ-9 check-in since this plan started yet." });
  });
});

describe("objectiveProgress: weekly hours, weeks running", () => {
  const nineHoursFourWeeks = { targetOn, measure: { kind: "weekly_hours", atLeastHours: 9, weeksRunning: 4 } satisfies ObjectiveMeasure };
  const week = (weekStart: string, minutes: number, complete = true) => ({ weekStart, minutes, complete });
  const weeksFrom = (monday: string, minutes: readonly number[]) => minutes.map((m, i) => week(addDays(monday, 7 * i), m));

  it("is met when the last four complete weeks each reached 9 hours", () => {
    const evidence = { ...none, weeks: [...weeksFrom("2026-03-02", [300, 540, 600, 560, 545]), week("2026-04-06", 60, false)] };
    expect(objectiveProgress(nineHoursFourWeeks, evidence, after)).toMatchObject({ state: "met", words: "Met. You attended at least 9 hours a week for 4 weeks in a row." });
  });

  it("counts a week by the hours shown: 539 minutes reads 8.9 hours, short of 9", () => {
    const evidence = { ...none, weeks: weeksFrom("2026-03-02", [540, 540, 540, 539]) };
    expect(objectiveProgress(nineHoursFourWeeks, evidence, after).state).toBe("not_yet");
    expect(objectiveProgress(nineHoursFourWeeks, evidence, before)).toMatchObject({
      state: "not_yet",
      words: "Not yet. The aim is 9 hours a week for 4 weeks in a row. Your care team is working on it with you.",
    });
  });

  it("is on track with a run of qualifying weeks before the target date", () => {
    const evidence = { ...none, weeks: weeksFrom("2026-03-02", [300, 540, 600]) };
    expect(objectiveProgress(nineHoursFourWeeks, evidence, before)).toMatchObject({ state: "on_track", words: "On track. 2 weeks in a row at 9 hours or more so far, of 4." });
    expect(objectiveProgress(nineHoursFourWeeks, evidence, after).state).toBe("not_yet");
  });

  it("does not count a week still running, nor a run broken by a week missing from the record", () => {
    const running = { ...none, weeks: [...weeksFrom("2026-03-02", [540, 540, 540]), week("2026-03-23", 600, false)] };
    expect(objectiveProgress(nineHoursFourWeeks, running, before).words).toBe("On track. 3 weeks in a row at 9 hours or more so far, of 4.");
    const gap = { ...none, weeks: [...weeksFrom("2026-03-02", [540, 540]), ...weeksFrom("2026-03-23", [540, 540])] };
    expect(objectiveProgress(nineHoursFourWeeks, gap, before).words).toBe("On track. 2 weeks in a row at 9 hours or more so far, of 4.");
  });

  it("reads half hours as the client is shown them", () => {
    const objective = { targetOn, measure: { kind: "weekly_hours", atLeastHours: 1.5, weeksRunning: 1 } satisfies ObjectiveMeasure };
    expect(objectiveProgress(objective, { ...none, weeks: weeksFrom("2026-03-02", [90]) }, before)).toMatchObject({
      state: "met",
      words: "Met. You attended at least 1.5 hours in a week.",
    });
    expect(objectiveProgress(objective, { ...none, weeks: weeksFrom("2026-03-02", [89]) }, before).state).toBe("not_yet");
  });

  it("is met exactly when the last N complete weeks, in a row, each reach the hours", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 10 }), fc.integer({ min: 1, max: 6 }), (minutes, weeksRunning) => {
        const objective = { targetOn, measure: { kind: "weekly_hours" as const, atLeastHours: 9, weeksRunning } };
        const state = objectiveProgress(objective, { ...none, weeks: weeksFrom("2026-01-05", minutes) }, before).state;
        const last = minutes.slice(-weeksRunning);
        expect(state === "met").toBe(last.length === weeksRunning && last.every((m) => m >= 540));
        expect(state === "on_track").toBe(state !== "met" && (minutes.at(-1) ?? 0) >= 540);
      }),
    );
  });
});

describe("objectiveProgress: marked by the clinician", () => {
  const marked = { targetOn, measure: { kind: "clinician_marked" } satisfies ObjectiveMeasure };
  it("is met once marked, and not yet before", () => {
    expect(objectiveProgress(marked, { ...none, clinicianMarkedMetOn: "2026-03-20" }, before)).toMatchObject({ state: "met", words: "Met. Your clinician marked this as reached." });
    expect(objectiveProgress(marked, none, after)).toMatchObject({ state: "not_yet", words: "Not yet. Your clinician will mark this when you've reached it." });
  });
});

describe("objectiveProgress words", () => {
  it("gives the detail on its own, and the label with it as one sentence", () => {
    const progress = objectiveProgress(phq9Under10, { ...none, scores: [phq9(8, "2026-03-30")] }, after);
    expect(progress.detail).toBe("Your latest PHQ-9 was 8, under 10.");
    expect(progress.words).toBe(`${objectiveStateLabels[progress.state]}. ${progress.detail}`);
  });
});
