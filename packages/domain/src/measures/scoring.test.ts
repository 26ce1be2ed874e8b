import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Instrument, instrumentIds, optionsFor } from "./instrument";
import { instruments } from "./instruments";
import { answersSchema, casenessCutOff, notAChoiceMessage, scoreResponse, unansweredMessage } from "./scoring";

const all = instrumentIds.map((id) => instruments[id]);

/** Any complete, valid answer set for the instrument. */
function answersArb(instrument: Instrument) {
  return fc.tuple(...instrument.items.map((item) => fc.constantFrom(...optionsFor(instrument, item).map((o) => o.score)))).map(
    (scores) => Object.fromEntries(instrument.items.map((item, index) => [item.id, scores[index] ?? 0])),
  );
}

/** An answer set that totals exactly `total`, filling items from the first. */
function answersTotalling(instrument: Instrument, total: number): Record<string, number> {
  let left = total;
  return Object.fromEntries(
    instrument.items.map((item) => {
      const score = Math.min(left, Math.max(...optionsFor(instrument, item).map((o) => o.score)));
      left -= score;
      return [item.id, score];
    }),
  );
}

function messages(instrument: Instrument, input: unknown): string[] {
  const result = answersSchema(instrument).safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("answersSchema", () => {
  it.each(all)("$shortName accepts every complete set of choices", (instrument) => {
    fc.assert(fc.property(answersArb(instrument), (answers) => {
      expect(messages(instrument, answers)).toEqual([]);
    }));
  });

  it("names each unanswered and each out-of-range question, all at once", () => {
    const answers = { ...answersTotalling(instruments.phq9, 0), phq9_2: 4, phq9_7: -1, phq9_8: 1.5 } as Record<string, unknown>;
    delete answers.phq9_4;
    answers.phq9_9 = "2";
    expect(messages(instruments.phq9, answers)).toEqual([
      "Question 2's answer isn't one of the choices.",
      "Please answer question 4.",
      "Question 7's answer isn't one of the choices.",
      "Question 8's answer isn't one of the choices.",
      "Question 9's answer isn't one of the choices.",
    ]);
  });

  it.each(all)("$shortName refuses a set missing any one item, naming it", (instrument) => {
    fc.assert(
      fc.property(answersArb(instrument), fc.nat({ max: instrument.items.length - 1 }), (answers, index) => {
        const item = instrument.items[index];
        if (item === undefined) throw new Error("no item");
        const { [item.id]: _dropped, ...rest } = answers;
        expect(messages(instrument, rest)).toEqual([unansweredMessage(item.number)]);
      }),
    );
  });

  it.each(all)("$shortName refuses an answer above the top choice or below 0, naming the item", (instrument) => {
    fc.assert(
      fc.property(
        answersArb(instrument),
        fc.nat({ max: instrument.items.length - 1 }),
        fc.oneof(fc.integer({ min: 5, max: 100 }), fc.integer({ min: -100, max: -1 })),
        (answers, index, bad) => {
          const item = instrument.items[index];
          if (item === undefined) throw new Error("no item");
          const top = Math.max(...optionsFor(instrument, item).map((o) => o.score));
          const score = bad > 0 ? top + bad : bad;
          expect(messages(instrument, { ...answers, [item.id]: score })).toEqual([notAChoiceMessage(item.number)]);
        },
      ),
    );
  });

  it("refuses 4 on a PHQ-9 item but accepts it on a PCL-5 item", () => {
    expect(messages(instruments.phq9, { ...answersTotalling(instruments.phq9, 0), phq9_3: 4 })).toEqual([notAChoiceMessage(3)]);
    expect(messages(instruments.pcl5, { ...answersTotalling(instruments.pcl5, 0), pcl5_3: 4 })).toEqual([]);
  });
});

describe("scoreResponse", () => {
  it.each(all)("$shortName total is the sum of the item scores", (instrument) => {
    fc.assert(
      fc.property(answersArb(instrument), (answers) => {
        const sum = Object.values(answers).reduce((a, b) => a + b, 0);
        expect(scoreResponse(instrument, answers).total).toBe(sum);
      }),
    );
  });

  it.each([
    ["phq9", 0, "minimal", false],
    ["phq9", 4, "minimal", false],
    ["phq9", 5, "mild", false],
    ["phq9", 9, "mild", false],
    ["phq9", 10, "moderate", true],
    ["phq9", 14, "moderate", true],
    ["phq9", 15, "moderately_severe", true],
    ["phq9", 19, "moderately_severe", true],
    ["phq9", 20, "severe", true],
    ["phq9", 27, "severe", true],
    ["gad7", 0, "minimal", false],
    ["gad7", 4, "minimal", false],
    ["gad7", 5, "mild", false],
    ["gad7", 7, "mild", false],
    ["gad7", 8, "mild", true],
    ["gad7", 9, "mild", true],
    ["gad7", 10, "moderate", true],
    ["gad7", 14, "moderate", true],
    ["gad7", 15, "severe", true],
    ["gad7", 21, "severe", true],
    ["pcl5", 0, "below_cut_off", false],
    ["pcl5", 32, "below_cut_off", false],
    ["pcl5", 33, "above_cut_off", true],
    ["pcl5", 80, "above_cut_off", true],
  ] as const)("%s total %i: band %s, caseness %s", (id, total, key, caseness) => {
    const result = scoreResponse(instruments[id], answersTotalling(instruments[id], total));
    expect(result.total).toBe(total);
    expect(result.band.key).toBe(key);
    expect(result.caseness).toBe(caseness);
  });

  it.each([
    [2, "male", false],
    [3, "male", false],
    [4, "male", true],
    [2, "female", false],
    [3, "female", true],
    [2, null, false],
    [3, null, true],
    [12, null, true],
  ] as const)("AUDIT-C total %i for sex %s is a positive screen: %s", (total, sex, caseness) => {
    const answers = answersTotalling(instruments.auditc, total);
    expect(scoreResponse(instruments.auditc, answers, { sex }).caseness).toBe(caseness);
  });

  it("uses the cautious AUDIT-C cut-off when sex is unknown", () => {
    expect(casenessCutOff(instruments.auditc)).toBe(3);
    expect(casenessCutOff(instruments.auditc, "male")).toBe(4);
    expect(casenessCutOff(instruments.phq9, "male")).toBe(10);
  });

  it("flags PHQ-9 item 9 above 0 whatever the total, and never at 0", () => {
    fc.assert(
      fc.property(answersArb(instruments.phq9), (answers) => {
        const flags = scoreResponse(instruments.phq9, answers).safetyFlags;
        expect(flags).toEqual((answers.phq9_9 ?? 0) > 0 ? ["phq9_9"] : []);
      }),
    );
    const lowest = { ...answersTotalling(instruments.phq9, 0), phq9_9: 1 };
    expect(scoreResponse(instruments.phq9, lowest)).toMatchObject({ total: 1, safetyFlags: ["phq9_9"] });
  });

  it.each(["gad7", "pcl5", "auditc"] as const)("%s raises no safety flag", (id) => {
    const instrument = instruments[id];
    expect(scoreResponse(instrument, answersTotalling(instrument, instrument.totalRange.max)).safetyFlags).toEqual([]);
  });

  it("throws on an answer set the schema refuses", () => {
    expect(() => scoreResponse(instruments.gad7, { gad7_1: 1 })).toThrow();
  });
});
