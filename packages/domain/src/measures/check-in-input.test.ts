import { describe, expect, it } from "vitest";
import { checkInDraftSchema, checkInSubmissionSchema } from "./check-in-input";
import { phq9 } from "./phq9";

const key = { instrument: "phq9", occasion: "scheduled", dueOn: "2026-12-07" } as const;
const allAnswered = (score: number) => Object.fromEntries(phq9.items.map((item) => [item.id, score]));
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("a check-in sent", () => {
  it("accepts every question answered with one of its choices", () => {
    expect(checkInSubmissionSchema.safeParse({ ...key, answers: allAnswered(3) }).success).toBe(true);
  });

  it("names each question left unanswered", () => {
    const { [phq9.items[3]!.id]: _left, [phq9.items[8]!.id]: _alsoLeft, ...answers } = allAnswered(1);
    expect(messages(checkInSubmissionSchema.safeParse({ ...key, answers }))).toEqual(["Please answer question 4.", "Please answer question 9."]);
  });

  it("refuses a score no choice gives, and a question the instrument does not have", () => {
    const result = checkInSubmissionSchema.safeParse({ ...key, answers: { ...allAnswered(0), [phq9.items[0]!.id]: 4, made_up: 1 } });
    expect(messages(result)).toEqual(["That question isn't part of this check-in.", "Question 1's answer isn't one of the choices."]);
  });

  it("refuses an instrument or occasion that is not one of ours", () => {
    expect(checkInSubmissionSchema.safeParse({ ...key, instrument: "bdi", answers: {} }).success).toBe(false);
    expect(checkInSubmissionSchema.safeParse({ ...key, occasion: "whenever", answers: allAnswered(0) }).success).toBe(false);
  });
});

describe("a check-in kept to finish later", () => {
  it("accepts the questions answered so far, and none", () => {
    expect(checkInDraftSchema.safeParse({ ...key, answers: { [phq9.items[0]!.id]: 2 } }).success).toBe(true);
    expect(checkInDraftSchema.safeParse({ ...key, answers: {} }).success).toBe(true);
  });

  it("still refuses an answer that is not a choice", () => {
    expect(messages(checkInDraftSchema.safeParse({ ...key, answers: { [phq9.items[1]!.id]: 7 } }))).toEqual(["Question 2's answer isn't one of the choices."]);
  });
});
