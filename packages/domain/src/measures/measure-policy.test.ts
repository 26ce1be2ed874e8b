import { describe, expect, it } from "vitest";
import { programTracks } from "../care-levels/track";
import { instruments } from "./instruments";
import { defaultMeasurePolicy, measurePolicyOf, measurePolicySchema } from "./measure-policy";

describe("defaultMeasurePolicy", () => {
  it.each([
    ["general_mental_health", ["phq9", "gad7"]],
    ["trauma", ["phq9", "gad7", "pcl5"]],
    ["substance_use", ["phq9", "gad7", "auditc"]],
    ["co_occurring", ["phq9", "gad7", "auditc"]],
  ] as const)("%s asks %j", (track, expected) => {
    expect(defaultMeasurePolicy(track).schedule.map((entry) => entry.instrument)).toEqual(expected);
  });

  it.each(programTracks)("%s: PHQ-9 and GAD-7 weekly, every instrument at intake and discharge", (track) => {
    const { schedule } = defaultMeasurePolicy(track);
    for (const entry of schedule) expect([entry.atIntake, entry.atDischarge]).toEqual([true, true]);
    expect(schedule.filter((entry) => entry.everyWeeks === 1).map((entry) => entry.instrument)).toEqual(["phq9", "gad7"]);
  });

  it("asks PCL-5 every two weeks and AUDIT-C (the past year) never on a schedule", () => {
    expect(defaultMeasurePolicy("trauma").schedule.find((entry) => entry.instrument === "pcl5")?.everyWeeks).toBe(2);
    expect(defaultMeasurePolicy("substance_use").schedule.find((entry) => entry.instrument === "auditc")?.everyWeeks).toBeNull();
  });

  it("expires after 4 days, reminds after 2, wants an acknowledgement within the hour, and marks no band urgent", () => {
    const policy = defaultMeasurePolicy("general_mental_health");
    expect([policy.expiresAfterDays, policy.remindAfterDays, policy.acknowledgeWithinMinutes]).toEqual([4, 2, 60]);
    expect(policy.urgentBands).toEqual({});
  });

  it("names only instruments the catalog has", () => {
    for (const track of programTracks) {
      for (const entry of defaultMeasurePolicy(track).schedule) expect(instruments[entry.instrument].id).toBe(entry.instrument);
    }
  });
});

describe("measurePolicySchema", () => {
  const valid = defaultMeasurePolicy("trauma");
  const messages = (input: unknown) => measurePolicySchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

  it.each(programTracks)("accepts the default policy of %s", (track) => {
    expect(messages(defaultMeasurePolicy(track))).toEqual([]);
  });

  it.each([
    [{ expiresAfterDays: 0, remindAfterDays: -1 }, "Keep a check-in open at least a day.", "The reminder can't come before the check-in."],
    [{ expiresAfterDays: 4, remindAfterDays: 4 }, "Send the reminder while the check-in is still open."],
    [{ acknowledgeWithinMinutes: 0 }, "Allow at least a minute to acknowledge an alert."],
    [{ acknowledgeWithinMinutes: 1441 }, "Ask for an acknowledgement within a day."],
    [{ urgentBands: { phq9: ["severe", "awful"] } }, 'PHQ-9 has no band called "awful".'],
    [{ schedule: [...valid.schedule, valid.schedule[0]] }, "List each measure once."],
    [{ schedule: [{ instrument: "phq9", atIntake: true, atDischarge: true, everyWeeks: 0 }] }, "Ask at most once a week."],
    [{ schedule: [{ instrument: "phq9", atIntake: true, atDischarge: true, everyWeeks: 1.5 }] }, "Enter a whole number of weeks."],
  ] as const)("refuses %j in plain words", (change, ...expected) => {
    expect(messages({ ...valid, ...change })).toEqual(expected);
  });

  it("accepts a reminder on the last open day and urgent bands the instrument has", () => {
    expect(messages({ ...valid, expiresAfterDays: 4, remindAfterDays: 3, urgentBands: { phq9: ["severe"], pcl5: ["above_cut_off"] } })).toEqual([]);
  });
});

describe("measurePolicyOf", () => {
  it("runs a program's own policy when it has one, else its track's default", () => {
    const own = { ...defaultMeasurePolicy("trauma"), expiresAfterDays: 7 };
    expect(measurePolicyOf({ track: "trauma", measurePolicy: own })).toBe(own);
    expect(measurePolicyOf({ track: "substance_use", measurePolicy: null })).toEqual(defaultMeasurePolicy("substance_use"));
  });
});
