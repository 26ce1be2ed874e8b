import { z } from "zod";
import { type IsoWeekday, calendarDateSchema, compareCalendarDates } from "../time/calendar-date";
import { weekdayName } from "../programs/schedule-violation";
import { endsAfterStart, weekdaySetSchema } from "../programs/schedule-option-input";
import { type SessionKind, sessionKindSchema } from "../programs/session-kind";
import { type WallClockTime, minutesSinceMidnight, wallClockTimeSchema } from "../time/wall-clock-time";
import { isSingleLineText, multiLineTextSchema, singleLineTextSchema, unusualCharactersMessage } from "../common/text";

/** A video link people can open safely: https only. */
export const videoLinkSchema = z
  .url({ protocol: /^https$/, message: "Give a video link that starts with https://." })
  .max(500, { message: "A video link is at most 500 characters." })
  // The URL check keeps a NUL or another control character in the path just as it was sent.
  .refine(isSingleLineText, { message: unusualCharactersMessage });

const locationSchema = singleLineTextSchema.min(1).max(200, { message: "A location is at most 200 characters." });

const capacitySchema = z
  .number({ message: "Give the capacity as a whole number." })
  .int({ message: "Give the capacity as a whole number." })
  .min(1, { message: "A capacity is at least 1." })
  .max(500, { message: "A capacity is at most 500." });

/** Where a session happens: a room, a video link, or both; never neither. */
function hasPlace(place: { location?: string | null | undefined; videoUrl?: string | null | undefined }): boolean {
  return Boolean(place.location) || Boolean(place.videoUrl);
}
const placeMessage = { message: "Give a location or a video link (or both).", path: ["location"] };

const templateDetails = {
  kind: sessionKindSchema,
  title: singleLineTextSchema.min(1, { message: "Give the session a title." }).max(120, { message: "A title is at most 120 characters." }),
  weekdays: weekdaySetSchema,
  startTime: wallClockTimeSchema,
  endTime: wallClockTimeSchema,
  facilitatorStaffId: z.uuid({ message: "Choose a facilitator from the list." }).optional(),
  location: locationSchema.optional(),
  videoUrl: videoLinkSchema.optional(),
  capacity: capacitySchema.optional(),
};

/** A weekly recurring session of a schedule option, as staff create it. */
export const sessionTemplateInputSchema = z
  .object({
    scheduleOptionId: z.uuid({ message: "Choose a schedule option." }),
    ...templateDetails,
    startsOn: calendarDateSchema,
    endsOn: calendarDateSchema.optional(),
  })
  .refine(endsAfterStart, { message: "The end time must be after the start time.", path: ["endTime"] })
  .refine(hasPlace, placeMessage)
  .refine((t) => !t.endsOn || compareCalendarDates(t.startsOn, t.endsOn) <= 0, {
    message: "The last date must be on or after the first date.",
    path: ["endsOn"],
  });
export type SessionTemplateInput = z.input<typeof sessionTemplateInputSchema>;

/** What may change on a running template: everything but its option and first date. */
export const sessionTemplateUpdateSchema = z
  .object(templateDetails)
  .refine(endsAfterStart, { message: "The end time must be after the start time.", path: ["endTime"] })
  .refine(hasPlace, placeMessage);
export type SessionTemplateUpdate = z.input<typeof sessionTemplateUpdateSchema>;

/** Ending a template: the last date it meets, and why later sessions are called off. */
export const sessionTemplateEndSchema = z.object({
  endsOn: calendarDateSchema,
  reason: multiLineTextSchema.min(3, { message: "Say briefly why the group ends; it is shown on the cancelled sessions." }).max(500),
});

export type SessionTemplateViolation =
  | { kind: "kind_not_offered"; sessionKind: SessionKind }
  | { kind: "weekday_not_in_option"; weekday: IsoWeekday }
  | { kind: "outside_option_hours"; start: WallClockTime; end: WallClockTime; optionStart: WallClockTime; optionEnd: WallClockTime };

export interface TemplateSetting {
  program: { sessionKinds: readonly SessionKind[] };
  option: { name: string; weekdays: readonly IsoWeekday[]; startTime: WallClockTime; endTime: WallClockTime };
}

/** How a template does not fit its program (kinds offered) or its schedule option (days and hours). */
export function sessionTemplateViolations(
  template: { kind: SessionKind; weekdays: readonly IsoWeekday[]; startTime: WallClockTime; endTime: WallClockTime },
  setting: TemplateSetting,
): SessionTemplateViolation[] {
  const violations: SessionTemplateViolation[] = [];
  if (!setting.program.sessionKinds.includes(template.kind)) violations.push({ kind: "kind_not_offered", sessionKind: template.kind });
  for (const weekday of template.weekdays) {
    if (!setting.option.weekdays.includes(weekday)) violations.push({ kind: "weekday_not_in_option", weekday });
  }
  const start = minutesSinceMidnight(template.startTime) ?? 0;
  const end = minutesSinceMidnight(template.endTime) ?? 0;
  const optionStart = minutesSinceMidnight(setting.option.startTime) ?? 0;
  const optionEnd = minutesSinceMidnight(setting.option.endTime) ?? 0;
  if (start < optionStart || end > optionEnd) {
    violations.push({
      kind: "outside_option_hours",
      start: template.startTime,
      end: template.endTime,
      optionStart: setting.option.startTime,
      optionEnd: setting.option.endTime,
    });
  }
  return violations;
}

const sessionKindWords: Record<SessionKind, string> = {
  process_group: "process groups",
  skills_group: "skills groups",
  psychoeducation: "psychoeducation",
  individual: "individual sessions",
  family: "family sessions",
  medication_management: "medication management",
  case_management: "case management",
};

export function describeSessionTemplateViolation(violation: SessionTemplateViolation, optionName: string): string {
  switch (violation.kind) {
    case "kind_not_offered":
      return `This program does not offer ${sessionKindWords[violation.sessionKind]}; add the kind to the program first.`;
    case "weekday_not_in_option":
      return `${optionName} does not meet on ${weekdayName(violation.weekday)}s.`;
    case "outside_option_hours":
      return `${violation.start}–${violation.end} is outside ${optionName}'s hours (${violation.optionStart}–${violation.optionEnd}).`;
  }
}
