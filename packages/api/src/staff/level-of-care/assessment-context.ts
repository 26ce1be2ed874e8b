import type { Executor } from "@stepwise/db/client";
import {
  type LevelOfCareInput,
  type LocMeasure,
  alertState,
  completedWeeksUnderFloor,
  instantToZonedDate,
  levelHasWeeklyBand,
  levelOfCarePolicyOf,
  mondayOf,
  weekBounds,
  addDays,
} from "@stepwise/domain";
import { findEnrollmentsInCare, findWeeklyAttendance } from "../../queries/compliance.queries";
import { findMeasureSummaries } from "../../queries/measure-responses.queries";
import { findAlerts } from "../../queries/safety-alerts.queries";
import { alertTimelineOf } from "../alerts/alert-views";

/** How many completed weeks back an assessment reads the hours: enough to see a run under the floor. */
const weeksRead = 8;

/**
 * What the record says beside a clinician's ratings, read for the client's enrollment in care: the
 * level now, the latest PHQ-9 and GAD-7 against their baselines, the completed weeks in a row
 * under the program's floor, whether a safety alert is open, and the program's documented
 * thresholds. Null when the client is not in care.
 */
export async function findAssessmentContext(db: Executor, clientId: string, now: Date) {
  const [inCare] = await findEnrollmentsInCare(db, { clientId });
  if (!inCare) return null;
  const timeZone = inCare.program.timeZone;
  const today = instantToZonedDate(now, timeZone);
  const since = weekBounds(addDays(mondayOf(today), -7 * weeksRead), timeZone).from;
  const [summaries, weeks, alerts] = await Promise.all([
    findMeasureSummaries(db, [inCare.enrollmentId]),
    findWeeklyAttendance(db, since, { clientId }),
    findAlerts(db, { clientIds: [clientId] }),
  ]);
  const floor = levelHasWeeklyBand(inCare.level) ? inCare.program.minWeeklyMinutes : null;
  const measures: LocMeasure[] = summaries.flatMap((summary) =>
    summary.instrument === "phq9" || summary.instrument === "gad7" ? [{ instrument: summary.instrument, baselineTotal: summary.baseline, latestTotal: summary.latest }] : [],
  );
  // Weeks before the current level began were held to another floor.
  const atThisLevel = weeks.filter((week) => week.weekStart >= mondayOf(inCare.levelSince));
  const context: Omit<LevelOfCareInput, "ratings" | "inpatientDischargeOn"> = {
    currentLevel: inCare.level,
    assessedOn: today,
    measures,
    consecutiveWeeksUnderFloor: floor === null ? 0 : completedWeeksUnderFloor(atThisLevel, floor, today),
    floorWeeklyMinutes: floor,
    openSafetyAlert: alerts.some((alert) => alertState(alertTimelineOf(alert).events) !== "resolved"),
  };
  return { enrollmentId: inCare.enrollmentId, timeZone, context, policy: levelOfCarePolicyOf(inCare.program) };
}
