import { z } from "zod";
import type { CalendarDate } from "../time/calendar-date";
import type { CareLevel } from "../care-levels/care-level";
import { type DischargePlan, dischargePlanSchema } from "../continuing-care/discharge-plan";
import { type BeforeLatestStatusChange, type LatestStatusChange, isBeforeLatestStatusChange } from "./enrollment-hold";
import { isInCare } from "./enrollment-lifecycle";
import type { EnrollmentStatus } from "./enrollment-status";
import { type CareDestination, type LevelChange, classifyLevelChange, isCareExit, levelChangeInputSchema } from "../care-levels/level-change";
import { type PlacementProblem, type PlacementTarget, checkPlacement, placementSchema } from "./enrollment-placement";

/**
 * A change of level as staff record it: to a level run here, the client moves to a program at
 * that level on one of its schedule options; to a destination outside, the enrollment ends with
 * a continuing-care plan.
 */
export const levelChangeWithPlacementInputSchema = levelChangeInputSchema.extend({
  enrollmentId: z.uuid(),
  placement: placementSchema.optional(),
  dischargePlan: dischargePlanSchema.optional(),
});
export type LevelChangeWithPlacementInput = z.infer<typeof levelChangeWithPlacementInputSchema>;

export type LevelChangeProblem =
  | { kind: "enrollment_not_open"; status: EnrollmentStatus }
  | { kind: "level_unchanged"; level: CareLevel }
  | { kind: "effective_before_current_level"; effectiveOn: CalendarDate; levelSince: CalendarDate }
  | { kind: "exit_on_first_day"; effectiveOn: CalendarDate; enrollmentStartsOn: CalendarDate }
  | { kind: "level_change_ahead_of_today"; effectiveOn: CalendarDate; today: CalendarDate }
  | { kind: "placement_required" }
  | { kind: "placement_not_allowed_for_exit" }
  | { kind: "discharge_plan_required" }
  | { kind: "discharge_plan_not_allowed" }
  | { kind: "discharge_plan_next_level_mismatch"; destination: CareDestination; nextLevel: CareDestination }
  | BeforeLatestStatusChange
  | PlacementProblem;

export interface LevelChangeCheck {
  status: EnrollmentStatus;
  currentLevel: CareLevel;
  /** When the current level began; a change cannot take effect before it. */
  levelSince: CalendarDate;
  /** The enrollment's first day; an exit ends the enrollment, which must keep at least that day. */
  enrollmentStartsOn: CalendarDate;
  /** The latest status change recorded (e.g. the last hold or resume); an exit, which ends the enrollment, is not dated before it. */
  latestChange: LatestStatusChange | null;
  to: CareDestination;
  effectiveOn: CalendarDate;
  /** Today in the program's time zone. */
  today: CalendarDate;
  /** The loaded program and option when the input names a placement. */
  target: PlacementTarget | null;
  dischargePlan: DischargePlan | null;
}

/** Everything wrong with the change, and (when nothing is) what kind of change it is. */
export function checkLevelChange(check: LevelChangeCheck): { change: LevelChange; problems: LevelChangeProblem[] } {
  const change = classifyLevelChange(check.currentLevel, check.to);
  const problems: LevelChangeProblem[] = [];
  if (!isInCare(check.status)) problems.push({ kind: "enrollment_not_open", status: check.status });
  if (change.direction === "unchanged") problems.push({ kind: "level_unchanged", level: check.currentLevel });
  if (check.effectiveOn < check.levelSince) {
    problems.push({ kind: "effective_before_current_level", effectiveOn: check.effectiveOn, levelSince: check.levelSince });
  }
  if (isCareExit(check.to)) {
    if (check.effectiveOn <= check.enrollmentStartsOn) {
      problems.push({ kind: "exit_on_first_day", effectiveOn: check.effectiveOn, enrollmentStartsOn: check.enrollmentStartsOn });
    } else if (isBeforeLatestStatusChange(check.effectiveOn, check.latestChange)) {
      problems.push({ kind: "before_latest_status_change", effectiveOn: check.effectiveOn, latest: check.latestChange });
    }
    if (check.target) problems.push({ kind: "placement_not_allowed_for_exit" });
    if (!check.dischargePlan) problems.push({ kind: "discharge_plan_required" });
    else if (check.dischargePlan.nextLevel !== check.to) {
      problems.push({ kind: "discharge_plan_next_level_mismatch", destination: check.to, nextLevel: check.dischargePlan.nextLevel });
    }
  } else {
    // The enrollment takes the new placement as soon as the change is saved, so a change dated
    // ahead would show the new schedule early. An exit may be dated ahead: it ends the enrollment
    // on that date, and the days before it stay in care.
    if (check.effectiveOn > check.today) problems.push({ kind: "level_change_ahead_of_today", effectiveOn: check.effectiveOn, today: check.today });
    if (check.dischargePlan) problems.push({ kind: "discharge_plan_not_allowed" });
    if (!check.target) problems.push({ kind: "placement_required" });
    else if (change.direction !== "unchanged") problems.push(...checkPlacement(check.target, check.to));
  }
  return { change, problems };
}
