import { z } from "zod";
import { singleLineTextSchema } from "../common/text";
import { type CalendarDate, calendarDateSchema, daysBetween } from "../time/calendar-date";
import type { CareLevel } from "../care-levels/care-level";

/** What staff record for a payer's authorization: who approved how many units, for which period. */
export const authorizationInputSchema = z
  .object({
    enrollmentId: z.uuid({ message: "Choose the enrollment." }),
    payer: singleLineTextSchema.min(1, { message: "Enter the payer." }).max(120, { message: "A payer's name is at most 120 characters." }),
    number: singleLineTextSchema
      .min(1, { message: "Enter the authorization number." })
      .max(60, { message: "An authorization number is at most 60 characters." }),
    unitsApproved: z
      .number({ message: "Enter the number of units approved." })
      .int({ message: "Enter a whole number of units." })
      .min(1, { message: "Approve at least 1 unit." })
      .max(366, { message: "Approve at most 366 units." }),
    startsOn: calendarDateSchema,
    endsOn: calendarDateSchema,
  })
  .refine((input) => input.endsOn >= input.startsOn, { message: "The end date can't be before the start date.", path: ["endsOn"] });
export type AuthorizationInput = z.infer<typeof authorizationInputSchema>;

/** The part of an authorization the rules read: units approved and the period, both ends included. */
export interface Authorization {
  unitsApproved: number;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
}

/** What one unit of an authorization is. */
export type AuthorizationUnit = "attended_day" | "attended_session";

/**
 * Payers count IOP and PHP per day of attendance (DOMAIN §1, §11), however many groups the day
 * held; outpatient visits are counted one by one.
 */
export const authorizationUnitRule: Readonly<Record<CareLevel, AuthorizationUnit>> = {
  outpatient: "attended_session",
  iop: "attended_day",
  php: "attended_day",
};

/** One day the client attended: the date and how many sessions they attended on it. */
export interface AttendedDay {
  on: CalendarDate;
  sessions: number;
}

/** Whether the date lies in the authorization's period, both ends included. */
export function isWithinAuthorization(date: CalendarDate, authorization: Pick<Authorization, "startsOn" | "endsOn">): boolean {
  return date >= authorization.startsOn && date <= authorization.endsOn;
}

/**
 * Units the attendance uses from the authorization at the level's rule. Days outside the period
 * and days with no session attended use none; a date listed twice is still one attended day.
 */
export function unitsUsed(level: CareLevel, attendedDays: readonly AttendedDay[], authorization: Pick<Authorization, "startsOn" | "endsOn">): number {
  const inPeriod = attendedDays.filter((day) => day.sessions > 0 && isWithinAuthorization(day.on, authorization));
  return unitsOfAttendance(level, {
    daysAttended: new Set(inPeriod.map((day) => day.on)).size,
    sessionsAttended: inPeriod.reduce((sum, day) => sum + day.sessions, 0),
  });
}

/** The units a period's attendance uses, from its counts of distinct attended days and of attended sessions (a board's, summed by Postgres). */
export function unitsOfAttendance(level: CareLevel, counts: { daysAttended: number; sessionsAttended: number }): number {
  return authorizationUnitRule[level] === "attended_day" ? counts.daysAttended : counts.sessionsAttended;
}

/** When staff are told an authorization needs renewing: days before it ends, units left. */
export const authorizationPolicySchema = z.object({
  noticeDays: z.number().int().min(0).max(90),
  noticeUnits: z.number().int().min(0).max(366),
});
export type AuthorizationPolicy = z.infer<typeof authorizationPolicySchema>;

/** A week's notice leaves time to send the record for a concurrent review; 3 units is 3 program days. */
export const defaultAuthorizationPolicy: AuthorizationPolicy = { noticeDays: 7, noticeUnits: 3 };

/** Where an authorization stands today, for the staff board. */
export interface AuthorizationStanding {
  unitsApproved: number;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  unitsUsed: number;
  /** Never below 0, even when more was attended than approved. */
  unitsRemaining: number;
  /** Days from today to the last day: 0 when it ends today or has ended. */
  daysLeft: number;
  /** Not ended, and it ends within the notice days or its units are within the notice units. */
  endingSoon: boolean;
  /** Not ended, and the units left are within the notice units (0 left included). */
  exhaustedSoon: boolean;
  /** The last day is before today. */
  expired: boolean;
  /** Today is in the period. */
  current: boolean;
}

/**
 * The authorization's standing on `today`. An ended authorization raises no notice: it is
 * `expired`, which is the stronger thing to show.
 */
export function authorizationStanding(
  authorization: Authorization,
  context: { unitsUsed: number; today: CalendarDate; policy?: AuthorizationPolicy },
): AuthorizationStanding {
  const { unitsUsed: used, today, policy = defaultAuthorizationPolicy } = context;
  const unitsRemaining = Math.max(0, authorization.unitsApproved - used);
  const daysLeft = Math.max(0, daysBetween(today, authorization.endsOn));
  const expired = today > authorization.endsOn;
  const exhaustedSoon = !expired && unitsRemaining <= policy.noticeUnits;
  return {
    unitsApproved: authorization.unitsApproved,
    startsOn: authorization.startsOn,
    endsOn: authorization.endsOn,
    unitsUsed: used,
    unitsRemaining,
    daysLeft,
    endingSoon: exhaustedSoon || (!expired && daysLeft <= policy.noticeDays),
    exhaustedSoon,
    expired,
    current: isWithinAuthorization(today, authorization),
  };
}

/**
 * The authorization in force today: of those whose period holds today, the latest start wins
 * (a renewal overlapping the old one replaces it); on the same start, the later in the list.
 */
export function currentAuthorization<A extends Pick<Authorization, "startsOn" | "endsOn">>(authorizations: readonly A[], today: CalendarDate): A | null {
  let current: A | null = null;
  for (const authorization of authorizations) {
    if (isWithinAuthorization(today, authorization) && (current === null || authorization.startsOn >= current.startsOn)) current = authorization;
  }
  return current;
}

function counted(count: number, unit: AuthorizationUnit): string {
  const word = unit === "attended_day" ? "day" : "session";
  return count === 1 ? word : `${word}s`;
}

/**
 * For staff: "8 of 20 days used · ends Dec 14, 2026 (6 days)", "Ended Dec 1, 2026". Dates read as
 * ISO unless the screen passes its own `formatDate` (`formatCalendarDate(date, "medium")` in
 * `@stepwise/ui/format`, which the domain cannot import).
 */
export function authorizationStandingWords(
  standing: AuthorizationStanding,
  options: { unit?: AuthorizationUnit; formatDate?: (date: CalendarDate) => string } = {},
): string {
  const unit = options.unit ?? "attended_day";
  const date = options.formatDate ?? ((value: CalendarDate) => value);
  if (standing.expired) return `Ended ${date(standing.endsOn)}`;
  if (!standing.current) return `Starts ${date(standing.startsOn)} · ${standing.unitsApproved} ${counted(standing.unitsApproved, unit)} approved`;
  const used = `${standing.unitsUsed} of ${standing.unitsApproved} ${counted(standing.unitsApproved, unit)} used`;
  const left = standing.daysLeft === 0 ? "today" : standing.daysLeft === 1 ? "1 day" : `${standing.daysLeft} days`;
  return `${used} · ends ${date(standing.endsOn)} (${left})`;
}
