import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Instrument, optionsFor } from "./instrument";
import { instruments } from "./instruments";
import { defaultMeasurePolicy } from "./measure-policy";
import {
  type AlertEvent,
  acknowledgeDeadline,
  alertUrgency,
  byAlertUrgency,
  alertAcknowledgementSchema,
  alertActionLabels,
  alertDetailOf,
  alertReasonWords,
  alertReasonsFor,
  alertResolutionSchema,
  alertState,
  isAlertOverdue,
  shouldEscalate,
} from "./safety-alert";
import { alertActions } from "./vocabulary";

/** An answer set totalling `total`, filling from the first item, with the safety items answered `safety`. */
function answers(instrument: Instrument, total: number, safety = 0): Record<string, number> {
  let left = total - safety * instrument.safetyItems.length;
  return Object.fromEntries(
    instrument.items.map((item) => {
      if (instrument.safetyItems.includes(item.id)) return [item.id, safety];
      const score = Math.min(left, Math.max(...optionsFor(instrument, item).map((o) => o.score)));
      left -= score;
      return [item.id, score];
    }),
  );
}

const none = defaultMeasurePolicy("general_mental_health");
const severeUrgent = { urgentBands: { phq9: ["severe"], gad7: ["severe"] } };

describe("alertReasonsFor", () => {
  it.each([1, 2, 3])("opens a safety alert for PHQ-9 question 9 answered %i, even with a minimal total", (score) => {
    expect(alertReasonsFor(instruments.phq9, answers(instruments.phq9, score, score), none)).toEqual([{ reason: "safety_item", itemId: "phq9_9" }]);
  });

  it("opens none for question 9 answered 0, even with a severe total, unless the program marks severe urgent", () => {
    const severe = answers(instruments.phq9, 24, 0);
    expect(alertReasonsFor(instruments.phq9, severe, none)).toEqual([]);
    expect(alertReasonsFor(instruments.phq9, severe, severeUrgent)).toEqual([{ reason: "urgent_band", bandKey: "severe" }]);
  });

  it.each([
    // PHQ-9 severe is 20–27; GAD-7 severe is 15–21.
    ["phq9", 19, []],
    ["phq9", 20, ["severe"]],
    ["phq9", 27, ["severe"]],
    ["gad7", 14, []],
    ["gad7", 15, ["severe"]],
    ["gad7", 21, ["severe"]],
  ] as const)("%s totalling %i opens urgent-band alerts for %j", (id, total, bands) => {
    const reasons = alertReasonsFor(instruments[id], answers(instruments[id], total), severeUrgent);
    expect(reasons).toEqual(bands.map((bandKey) => ({ reason: "urgent_band", bandKey })));
  });

  it("gives both reasons when a safety item and an urgent band fire together, the safety item first", () => {
    expect(alertReasonsFor(instruments.phq9, answers(instruments.phq9, 22, 1), severeUrgent)).toEqual([
      { reason: "safety_item", itemId: "phq9_9" },
      { reason: "urgent_band", bandKey: "severe" },
    ]);
  });

  it("reads urgent bands per instrument: PHQ-9's severe is not GAD-7's", () => {
    expect(alertReasonsFor(instruments.gad7, answers(instruments.gad7, 20), { urgentBands: { phq9: ["severe"] } })).toEqual([]);
  });

  it("opens a safety alert exactly when question 9 is above 0 (any answers)", () => {
    const phq9 = instruments.phq9;
    const arb = fc.tuple(...phq9.items.map(() => fc.integer({ min: 0, max: 3 })));
    fc.assert(
      fc.property(arb, (scores) => {
        const set = Object.fromEntries(phq9.items.map((item, index) => [item.id, scores[index] ?? 0]));
        const safety = alertReasonsFor(phq9, set, none).filter((r) => r.reason === "safety_item");
        expect(safety.length).toBe((set.phq9_9 ?? 0) > 0 ? 1 : 0);
      }),
    );
  });

  it("names what fired each alert as the alerts table stores it", () => {
    expect(alertDetailOf({ reason: "safety_item", itemId: "phq9_9" })).toBe("phq9_9");
    expect(alertDetailOf({ reason: "urgent_band", bandKey: "severe" })).toBe("severe");
  });
});

describe("acknowledgement and escalation", () => {
  const openedAt = new Date("2026-03-08T06:30:00Z");
  const deadline = acknowledgeDeadline(openedAt, { acknowledgeWithinMinutes: 60 });
  const at = (minutes: number) => new Date(openedAt.getTime() + minutes * 60_000);
  const opened: AlertEvent = { kind: "opened", at: openedAt };

  it("sets the deadline the policy's minutes after opening, in instants, across a change of clocks", () => {
    expect(deadline.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(acknowledgeDeadline(openedAt, { acknowledgeWithinMinutes: 15 }).toISOString()).toBe("2026-03-08T06:45:00.000Z");
  });

  it.each([
    [[], "open"],
    [[opened, { kind: "notified", at: at(1) }, { kind: "escalated", at: at(61) }], "open"],
    [[opened, { kind: "acknowledged", at: at(5) }], "acknowledged"],
    [[opened, { kind: "acknowledged", at: at(5) }, { kind: "follow_up", at: at(50) }], "acknowledged"],
    [[opened, { kind: "acknowledged", at: at(5) }, { kind: "resolved", at: at(90) }], "resolved"],
    [[opened, { kind: "resolved", at: at(5) }], "resolved"],
  ] as const)("events %j: %s", (events, state) => {
    expect(alertState(events)).toBe(state);
  });

  it.each([
    [59, [opened], false, false],
    [60, [opened], false, false],
    [61, [opened], true, true],
    [61, [opened, { kind: "acknowledged", at: at(59) }], false, false],
    // Acknowledged late: overdue until the acknowledgement, not after it.
    [70, [opened, { kind: "acknowledged", at: at(75) }], true, true],
    [80, [opened, { kind: "acknowledged", at: at(75) }], false, false],
    [90, [opened, { kind: "resolved", at: at(30) }], false, false],
    // Escalated once already: still overdue, but the job leaves it be.
    [90, [opened, { kind: "escalated", at: at(61) }], true, false],
  ] as const)("%i minutes after opening, with %j: overdue %s, escalate %s", (minutes, events, overdue, escalate) => {
    const alert = { openedAt, deadline, events };
    expect(isAlertOverdue(alert, at(minutes))).toBe(overdue);
    expect(shouldEscalate(alert, at(minutes))).toBe(escalate);
  });

  it("escalates at most once however often the job runs", () => {
    const events: AlertEvent[] = [opened];
    let escalations = 0;
    for (let minute = 0; minute <= 240; minute += 7) {
      if (shouldEscalate({ openedAt, deadline, events }, at(minute))) {
        escalations += 1;
        events.push({ kind: "escalated", at: at(minute) });
      }
    }
    expect(escalations).toBe(1);
    expect(events.at(-1)?.at).toEqual(at(63));
  });
});

describe("staff words", () => {
  it("labels every action staff can take", () => {
    expect(alertActions.map((action) => alertActionLabels[action])).toEqual([
      "Contacted the client",
      "Reviewed the safety plan",
      "Referred to crisis care",
      "Could not reach: will retry",
    ]);
  });

  it("says which question or band opened the alert", () => {
    expect(alertReasonWords({ reason: "safety_item", itemId: "phq9_9" }, instruments.phq9)).toBe(
      'PHQ-9 question 9 answered above 0: "Thoughts that you would be better off dead or of hurting yourself in some way".',
    );
    expect(alertReasonWords({ reason: "urgent_band", bandKey: "moderately_severe" }, instruments.phq9)).toBe(
      "PHQ-9 total in the moderately severe band, which this program marks urgent.",
    );
    expect(alertReasonWords({ reason: "urgent_band", bandKey: "retired_band" }, instruments.gad7)).toContain("retired_band");
  });
});

describe("alert input schemas", () => {
  const alertId = "7b0d9f5e-3c1a-4e6b-9a2d-1f4c8e7a6b5d";
  const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

  it("takes an acknowledgement with an action and an optional note, an emptied note as none", () => {
    expect(alertAcknowledgementSchema.parse({ alertId, action: "contacted_client" })).toEqual({ alertId, action: "contacted_client" });
    expect(alertAcknowledgementSchema.parse({ alertId, action: "could_not_reach", note: "   " }).note).toBeUndefined();
    expect(alertAcknowledgementSchema.parse({ alertId, action: "could_not_reach", note: " voicemail \n" }).note).toBe("voicemail");
  });

  it.each([
    [{ action: "contacted_client" }, ["Choose an alert."]],
    [{ alertId: "42", action: "contacted_client" }, ["Choose an alert."]],
    [{ alertId }, ["Choose what you did."]],
    [{ alertId, action: "called_the_police" }, ["Choose what you did."]],
    [{ alertId, action: "contacted_client", note: "x".repeat(2001) }, ["A note can be at most 2000 characters."]],
    [{ alertId, action: "contacted_client", note: "hi\u202Ethere" }, ["Please remove the unusual characters from this field."]],
  ] as const)("refuses the acknowledgement %j in plain words", (input, expected) => {
    expect(messages(alertAcknowledgementSchema.safeParse(input))).toEqual(expected);
  });

  it("resolves only with a note", () => {
    expect(alertResolutionSchema.parse({ alertId, note: " Safety plan reviewed by phone. " })).toEqual({ alertId, note: "Safety plan reviewed by phone." });
    for (const input of [{ alertId }, { alertId, note: "" }, { alertId, note: " \n " }]) {
      expect(messages(alertResolutionSchema.safeParse(input))).toEqual(["Say how the alert was settled."]);
    }
    expect(messages(alertResolutionSchema.safeParse({ alertId, note: "x".repeat(2001) }))).toEqual(["A note can be at most 2000 characters."]);
  });
});

describe("byAlertUrgency", () => {
  const opened = new Date("2026-03-02T15:00:00Z");
  const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);
  const alert = (id: string, deadlineMinutes: number, events: { kind: "opened" | "acknowledged" | "resolved"; at: Date }[]) => ({
    id,
    openedAt: opened,
    deadline: at(deadlineMinutes),
    events: [{ kind: "opened" as const, at: opened }, ...events],
  });

  it("puts the unacknowledged past their deadline first, then the unacknowledged, then the acknowledged, earliest deadline first", () => {
    const now = at(90);
    const alerts = [
      alert("acknowledged", 30, [{ kind: "acknowledged", at: at(10) }]),
      alert("open later", 240, []),
      alert("overdue later", 60, []),
      alert("open", 120, []),
      alert("overdue", 30, []),
    ];
    expect(byAlertUrgency(alerts, now).map((entry) => entry.id)).toEqual(["overdue", "overdue later", "open", "open later", "acknowledged"]);
    expect(alertUrgency(alerts[0]!, now)).toBe(2);
  });

  it("counts only the steps taken by now, and leaves its input as it was", () => {
    const alerts = [alert("acknowledged later", 30, [{ kind: "acknowledged", at: at(120) }]), alert("open", 240, [])];
    expect(byAlertUrgency(alerts, at(90)).map((entry) => entry.id)).toEqual(["acknowledged later", "open"]);
    expect(alerts.map((entry) => entry.id)).toEqual(["acknowledged later", "open"]);
  });
});
