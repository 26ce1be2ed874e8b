import type { PlanContent } from "./plan-content";

/** A goal as a family member may read it: the client's own words, nothing the clinician wrote. */
export interface FamilySharedGoal {
  key: string;
  clientWords: string;
}

/**
 * The goals the client chose to share, by key, so a sharing choice follows the goal into the
 * next version. Problems, objectives and interventions are clinical detail and never leave here;
 * each goal is copied field by field, so nothing added to a goal later is shared by accident.
 */
export function goalsSharedWithFamily(content: Pick<PlanContent, "goals">, sharedGoalKeys: ReadonlySet<string>): FamilySharedGoal[] {
  return content.goals.filter((goal) => sharedGoalKeys.has(goal.key)).map((goal) => ({ key: goal.key, clientWords: goal.clientWords }));
}
