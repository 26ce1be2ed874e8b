import type { IsoWeekday } from "../time/calendar-date";
import { programPolicyFromSettings } from "./program-policy";
import type { CareLevel } from "../care-levels/care-level";
import type { IntRange } from "../common/range";
import { describeScheduleOptionsAgainstPolicy, type ScheduleOptionPattern } from "./schedule-option-input";
import { weekdayName } from "./schedule-violation";
import { describeSessionTemplateViolation, sessionTemplateViolations } from "../schedule/session-template-input";
import type { SessionKind } from "./session-kind";
import type { WallClockTime } from "../time/wall-clock-time";

/** A session template still meeting (not ended before today), as the conflict checks need it. */
export interface RunningTemplate {
  title: string;
  kind: SessionKind;
  scheduleOptionId: string;
  weekdays: readonly IsoWeekday[];
  startTime: WallClockTime;
  endTime: WallClockTime;
}

/**
 * Why new program settings can't be saved over what already runs: a schedule option that
 * would break the new band, a running template of a kind no longer offered, or a new time zone
 * under templates whose sessions are already dated in the old one, or a new level of care while
 * clients are enrolled (their band would move with no level-of-care change on record). Empty
 * when it is safe.
 */
export function programSettingsConflicts(input: {
  settings: { level: CareLevel; weeklyMinutes: IntRange; timeZone: string; sessionKinds: readonly SessionKind[] };
  currentTimeZone: string | null;
  currentLevel: CareLevel;
  /** Enrollments of this program that are not discharged. */
  openEnrollments: number;
  options: readonly ScheduleOptionPattern[];
  templates: readonly RunningTemplate[];
}): string[] {
  const { settings, options, templates } = input;
  const reasons = describeScheduleOptionsAgainstPolicy(options, programPolicyFromSettings(settings));
  for (const template of templates) {
    if (!settings.sessionKinds.includes(template.kind)) {
      reasons.push(`The session template "${template.title}" runs a kind of session this change no longer offers; end it first.`);
    }
  }
  if (input.currentTimeZone !== null && input.currentTimeZone !== settings.timeZone && templates.length > 0) {
    reasons.push("The time zone can't change while session templates are running: their sessions are dated in the current zone.");
  }
  if (input.currentLevel !== settings.level && input.openEnrollments > 0) {
    const clients = input.openEnrollments === 1 ? "1 client is" : `${input.openEnrollments} clients are`;
    reasons.push(`The level of care can't change while ${clients} enrolled in this program; move them with a level-of-care change instead.`);
  }
  return reasons;
}

/**
 * Why a schedule option can't take new days or hours: it must keep its program's band, and
 * every template running on it must still fit its days and hours.
 */
export function scheduleOptionChangeConflicts(input: {
  option: ScheduleOptionPattern;
  settings: { level: CareLevel; weeklyMinutes: IntRange; timeZone: string; sessionKinds: readonly SessionKind[] };
  templates: readonly RunningTemplate[];
}): string[] {
  const { option, settings } = input;
  const reasons = describeScheduleOptionsAgainstPolicy([option], programPolicyFromSettings(settings));
  for (const template of input.templates) {
    for (const violation of sessionTemplateViolations(template, { program: settings, option })) {
      if (violation.kind === "kind_not_offered") continue;
      const where =
        violation.kind === "weekday_not_in_option" ? `on ${weekdayName(violation.weekday)}s` : `at ${template.startTime}–${template.endTime}`;
      reasons.push(`The session template "${template.title}" meets ${where}: ${describeSessionTemplateViolation(violation, option.name)}`);
    }
  }
  return reasons;
}
