import { z } from "zod";

/**
 * A calendar date as 'YYYY-MM-DD', with no time zone attached. Dates are strings, not Date
 * objects, so that "which day was this" can never drift with the server's TZ.
 */
export type CalendarDate = string;

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseParts(value: string): { year: number; month: number; day: number } | null {
  const match = calendarDatePattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function isCalendarDate(value: string): boolean {
  return parseParts(value) !== null;
}

/**
 * The dates any input may name: wide enough for every date of birth and every plan, and far from
 * the edge of what Postgres reads. An evening on 9999-12-31 in a zone west of UTC is an instant in
 * the year 10000, which Postgres refuses (and a request that sent it ended in a 500).
 */
export const earliestCalendarDate: CalendarDate = "1900-01-01";
export const latestCalendarDate: CalendarDate = "2100-12-31";

/** Whether the date is within the range inputs may name (both ends included). */
export function isWithinCalendarRange(date: CalendarDate): boolean {
  return date >= earliestCalendarDate && date <= latestCalendarDate;
}

/** A real date as 'YYYY-MM-DD' between 1900 and 2100: every date an input names. */
export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: "Enter a date as YYYY-MM-DD.", abort: true })
  .refine(isWithinCalendarRange, { message: "Choose a date between 1900 and 2100." });

export function calendarDateParts(date: CalendarDate): { year: number; month: number; day: number } {
  const parts = parseParts(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

// Day arithmetic runs for every week of every client on a board of thousands, over the same few
// hundred dates: each conversion is remembered (a bounded cache, emptied when full).
const cacheLimit = 8192;
const utcDayOf = new Map<CalendarDate, number>();
const dateOfUtcDay = new Map<number, CalendarDate>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, value);
  return value;
}

/** Midnight UTC of the date: only used for day arithmetic, never shown or stored. */
function toUtcDay(date: CalendarDate): number {
  const known = utcDayOf.get(date);
  if (known !== undefined) return known;
  const { year, month, day } = calendarDateParts(date);
  return remember(utcDayOf, date, Date.UTC(year, month - 1, day));
}

function fromUtcDay(epochMs: number): CalendarDate {
  return dateOfUtcDay.get(epochMs) ?? remember(dateOfUtcDay, epochMs, new Date(epochMs).toISOString().slice(0, 10));
}

const msPerDay = 86_400_000;

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDay(toUtcDay(date) + days * msPerDay);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcDay(to) - toUtcDay(from)) / msPerDay);
}

/** ISO weekday, 1 = Monday … 7 = Sunday: programs plan weeks Monday to Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export const isoWeekdaySchema = z.literal(isoWeekdays);

export function isoWeekdayOf(date: CalendarDate): IsoWeekday {
  const sundayZero = new Date(toUtcDay(date)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/** The Monday on or before the date. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekdayOf(date));
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  // 'YYYY-MM-DD' strings sort the same way as the dates they name.
  return a < b ? -1 : a > b ? 1 : 0;
}
