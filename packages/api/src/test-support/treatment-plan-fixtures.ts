import { type CalendarDate, type PlanContent, addDays, phq9 } from "@stepwise/domain";

/**
 * Words a plan's parts are written in, distinct enough to search a JSON answer for: the problems
 * and objectives are clinical detail that must never reach family or a payer's packet beyond
 * what it is for.
 */
export const planWords = {
  problemClient: "I can't get out of bed most days",
  problemClinician: "Major depressive episode, moderate severity",
  goalShared: "I want to go back to work",
  goalPrivate: "I want to sleep through the night",
  objectiveScore: "Mood lifts enough to manage a work day",
  objectiveHours: "Comes to group most evenings",
  objectiveMarked: "Writes a relapse-prevention plan",
} as const;

/**
 * A plan as a clinician writes it, with one objective of each kind: a PHQ-9 under `below`, at
 * least 9 hours a week for 2 weeks, and one the clinician marks. `responsibleStaffId` must be
 * clinical staff (the write refuses anyone else).
 */
export function samplePlanContent(responsibleStaffId: string, today: CalendarDate, options: { below?: number; extraGoal?: boolean } = {}): PlanContent {
  return {
    problems: [{ key: "low-mood", clientWords: planWords.problemClient, clinicianWords: planWords.problemClinician }],
    goals: [
      { key: "back-to-work", clientWords: planWords.goalShared },
      { key: "sleep", clientWords: planWords.goalPrivate },
      ...(options.extraGoal ? [{ key: "walk", clientWords: "I want to walk the dog every day" }] : []),
    ],
    objectives: [
      {
        key: "phq9-under",
        goalKey: "back-to-work",
        description: planWords.objectiveScore,
        targetOn: addDays(today, 60),
        measure: { kind: "score_below", instrument: "phq9", below: options.below ?? 10 },
      },
      {
        key: "weekly-hours",
        goalKey: "back-to-work",
        description: planWords.objectiveHours,
        targetOn: addDays(today, 60),
        measure: { kind: "weekly_hours", atLeastHours: 9, weeksRunning: 2 },
      },
      { key: "relapse-plan", goalKey: "sleep", description: planWords.objectiveMarked, targetOn: addDays(today, 30), measure: { kind: "clinician_marked" } },
    ],
    interventions: [{ key: "cbt-group", sessionKind: "skills_group", timesPerWeek: 3, responsibleStaffId }],
  };
}

/** A PHQ-9 answer set whose total is `total` (questions 1–8 filled in turn, question 9 always 0). */
export function phq9AnswersTotalling(total: number): Record<string, number> {
  let left = total;
  return Object.fromEntries(
    phq9.items.map((item, index) => {
      const score = index === 8 ? 0 : Math.min(3, left);
      if (index !== 8) left -= score;
      return [item.id, score];
    }),
  );
}

/** The message of a database error, through the ORM's wrapping: what Postgres itself said. */
export function databaseErrorOf(error: unknown): string {
  const seen: string[] = [];
  let at: unknown = error;
  while (at && typeof at === "object" && seen.length < 5) {
    seen.push(String((at as Error).message ?? ""));
    at = (at as { cause?: unknown }).cause;
  }
  return seen.join(" | ");
}
