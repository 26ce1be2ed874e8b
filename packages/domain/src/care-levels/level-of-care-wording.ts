import { formatHoursPhrase } from "../attendance/hours-wording";
import { careDestinationWords } from "../enrollment/enrollment-problems";
import { instruments } from "../measures/instruments";
import { careLevelDefinitions } from "./care-level-definitions";
import { locDimensionLabels } from "./level-of-care-assessment";
import type { RecommendedLevel } from "./level-of-care-policy";
import type { LocMeasureReading, LocReason } from "./level-of-care-recommendation";

/**
 * The reasons behind a level-of-care recommendation, for staff: one plain sentence each, with
 * the numbers the rule read, so the clinician who confirms or declines can check every step.
 */

/** A recommended level by its full staff label; inpatient care in the words staff already see for it. */
export function recommendedLevelWords(level: RecommendedLevel): string {
  return level === "inpatient_referral" ? careDestinationWords(level) : careLevelDefinitions[level].label;
}

function daysAgo(days: number): string {
  if (days === 0) return "today";
  return days === 1 ? "1 day ago" : `${days} days ago`;
}

function movement(reading: LocMeasureReading): string {
  const name = instruments[reading.instrument].shortName;
  const direction = reading.latestTotal > reading.baselineTotal ? "up" : "down";
  return `${name} ${direction} from ${reading.baselineTotal} to ${reading.latestTotal}`;
}

/** "Risk of harm rated 5: referral to inpatient care whatever the total.": one sentence per reason. */
export function locReasonWords(reason: LocReason): string {
  switch (reason.rule) {
    case "composite_band":
      return `Composite ${reason.composite} (${reason.band.min}–${reason.band.max}): ${recommendedLevelWords(reason.level)}.`;
    case "dimension_override": {
      const rated = `${locDimensionLabels[reason.dimension]} rated ${reason.rating}`;
      return reason.effect === "sets"
        ? `${rated}: ${recommendedLevelWords(reason.level)} whatever the total.`
        : `${rated}: at least ${recommendedLevelWords(reason.level)}.`;
    }
    case "recent_inpatient_discharge":
      return `Discharged from inpatient care ${daysAgo(reason.daysSince)} (${reason.dischargedOn}), within ${reason.withinDays} days: at least ${recommendedLevelWords(reason.level)}.`;
    case "measure_deterioration":
      return `${movement(reason.measure)}, a reliable deterioration, and still at or above the cut-off of ${reason.measure.casenessCutOff}: at least ${recommendedLevelWords(reason.level)}.`;
    case "open_safety_alert":
      return `A safety alert is open: no step down below ${recommendedLevelWords(reason.level)}.`;
    case "weeks_under_floor": {
      const level = careLevelDefinitions[reason.currentLevel].shortLabel;
      return `${reason.weeks} complete weeks in a row under the ${level} floor of ${formatHoursPhrase(reason.floorWeeklyMinutes)} a week: ${level} is not being attended as planned (this alone does not change the level).`;
    }
    case "measure_recovery":
      return `${reason.measures.map(movement).join(" and ")}, reliable improvements and below the cut-off: supports stepping down.`;
  }
}
