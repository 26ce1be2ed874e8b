import { addDays } from "../time/calendar-date";
import type { ActivationProblem, IntakeSchedulingProblem } from "./enrollment-placement";
import type { CareLevel } from "../care-levels/care-level";
import { careLevelDefinitions } from "../care-levels/care-level-definitions";
import type { DischargeProblem } from "./enrollment-discharge";
import type { HoldProblem } from "./enrollment-hold";
import type { EnrollmentStatus } from "./enrollment-status";
import type { CareDestination } from "../care-levels/level-change";
import type { LevelChangeProblem } from "./level-change-placement";
import type { RecertificationProblem } from "./recertification-input";
import type { ReferralClosureProblem } from "./referral-closure";
import { refusalMessage } from "../common/refusal";
import { describeViolation } from "../programs/schedule-violation";

/** Every reason an enrollment change can be refused. */
export type EnrollmentProblem =
  | IntakeSchedulingProblem
  | ActivationProblem
  | LevelChangeProblem
  | HoldProblem
  | DischargeProblem
  | RecertificationProblem
  | ReferralClosureProblem;

const statusWords: Record<EnrollmentStatus, string> = {
  referred: "referred",
  intake_scheduled: "intake scheduled",
  active: "active",
  on_hold: "on hold",
  discharged: "discharged",
};

function levelWords(level: CareLevel): string {
  return careLevelDefinitions[level].shortLabel;
}

export function careDestinationWords(destination: CareDestination): string {
  switch (destination) {
    case "inpatient_referral":
      return "referral to inpatient care";
    case "outside_outpatient":
      return "an outside outpatient provider";
    case "continuing_care":
      return "continuing care (alumni)";
    default:
      return levelWords(destination);
  }
}

/** For staff: what stops the change, in plain, exact words. */
export function describeEnrollmentProblem(problem: EnrollmentProblem): string {
  switch (problem.kind) {
    case "transition_not_allowed": {
      const allowed = problem.allowed.map((status) => statusWords[status]);
      const next = allowed.length > 0 ? ` From ${statusWords[problem.from]} it can become ${allowed.join(" or ")}.` : "";
      return `An enrollment that is ${statusWords[problem.from]} cannot become ${statusWords[problem.to]}.${next}`;
    }
    case "discharge_reason_required":
      return "A discharge needs a reason.";
    case "discharge_reason_without_discharge":
      return "A discharge reason only goes with a discharge.";
    case "option_not_in_program":
      return "That schedule option belongs to another program; choose one of this program's options.";
    case "program_inactive":
      return "This program no longer takes clients.";
    case "program_level_mismatch":
      return `This program is ${levelWords(problem.programLevel)}, not ${levelWords(problem.expected)}; choose a program at the new level of care.`;
    case "schedule_breaks_band":
      return `This schedule option does not meet the program's band. ${problem.violations.map(describeViolation).join(" ")}`;
    case "starts_before_intake":
      return `The first day (${problem.startsOn}) cannot be before the intake (${problem.intakeOn}).`;
    case "enrollment_not_open":
      return `The enrollment is ${statusWords[problem.status]}; this needs an active or on-hold enrollment.`;
    case "level_unchanged":
      return `The client is already at ${levelWords(problem.level)}; choose another level of care.`;
    case "effective_before_current_level":
      return `The change cannot take effect (${problem.effectiveOn}) before the current level began (${problem.levelSince}).`;
    case "exit_on_first_day":
      return `Care elsewhere can start the day after the first day here (${problem.enrollmentStartsOn}) at the earliest, not ${problem.effectiveOn}.`;
    case "level_change_ahead_of_today":
      return "A change of level of care is recorded on or after the day it takes effect.";
    case "placement_required":
      return "Choose the program and schedule option at the new level of care.";
    case "placement_not_allowed_for_exit":
      return "A client leaving the center is not placed in a program here.";
    case "discharge_plan_required":
      return "Leaving the center needs a continuing-care plan.";
    case "discharge_plan_not_allowed":
      return "A continuing-care plan goes with a discharge, not with a change of level within the center.";
    case "discharge_plan_next_level_mismatch":
      return `The continuing-care plan names ${careDestinationWords(problem.nextLevel)}, but the client goes to ${careDestinationWords(problem.destination)}.`;
    case "effective_before_start":
      return `The date (${problem.effectiveOn}) cannot be before the enrollment started (${problem.startsOn}).`;
    case "hold_before_current_level":
      return `The hold cannot start (${problem.effectiveOn}) before the current level of care began (${problem.levelSince}).`;
    case "resume_before_hold":
      return `The resume (${problem.effectiveOn}) cannot be dated before the hold it ends began (${problem.heldSince}).`;
    case "before_latest_status_change":
      return `The date (${problem.effectiveOn}) cannot be before the enrollment's latest change of status: it has been ${statusWords[problem.latest.to]} since ${problem.latest.effectiveOn}.`;
    case "discharge_before_latest_status_change":
      return `A last day of ${problem.lastDayOn} would end the enrollment on ${problem.endsOn}, before its latest change of status: it has been ${statusWords[problem.latest.to]} since ${problem.latest.effectiveOn}. The last day can be ${addDays(problem.latest.effectiveOn, -1)} or later.`;
    case "last_day_before_start":
      return `The last day (${problem.lastDayOn}) cannot be before the first day (${problem.startsOn}).`;
    case "not_awaiting_activation":
      return problem.status === "on_hold"
        ? "The enrollment is on hold; resume it instead. Activation starts an enrollment whose intake is scheduled."
        : `The enrollment is ${statusWords[problem.status]}; activation starts an enrollment whose intake is scheduled.`;
    case "discharge_before_start":
      return `The enrollment is ${statusWords[problem.status]} and never started; close the referral instead of discharging.`;
    case "referral_already_started":
      return `The enrollment is ${statusWords[problem.status]}; it has started, so it ends with a discharge and a continuing-care plan.`;
    case "level_needs_no_recertification":
      return `${levelWords(problem.level)} needs no recertification.`;
    case "certified_before_current_level":
      return `The recertification (${problem.certifiedOn}) cannot be before the current level began (${problem.levelSince}).`;
    case "certified_in_future":
      return `A recertification records a review that took place; ${problem.certifiedOn} is after today (${problem.today}).`;
  }
}

/** One reason per line: a schedule that breaks the band lists each way it does. */
export function enrollmentProblemReasons(problems: readonly EnrollmentProblem[]): string[] {
  return problems.flatMap((problem) =>
    problem.kind === "schedule_breaks_band"
      ? ["This schedule option does not meet the program's band:", ...problem.violations.map(describeViolation)]
      : [describeEnrollmentProblem(problem)],
  );
}

/** The refusal as one message (a lead, then one reason per line; see refusalMessage). */
export function enrollmentRefusal(lead: string, problems: readonly EnrollmentProblem[]): string {
  return refusalMessage(lead, enrollmentProblemReasons(problems));
}
