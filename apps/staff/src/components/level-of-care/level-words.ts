import { type LocDecision, type RecommendedLevel, recommendedLevelWords } from "@stepwise/domain";
import { capitalize } from "@stepwise/ui/format";

/** A recommended level by its full staff label; a referral out in the words staff already see for it. */
export function recommendedLevelLabel(level: RecommendedLevel): string {
  return capitalize(recommendedLevelWords(level));
}

/** What a clinician answered, as the history reads it. */
export const decisionWords = {
  confirm: "Confirmed",
  decline: "Declined",
} satisfies Record<LocDecision, string>;
