import { z } from "zod";

/** A wall-clock time as 'HH:MM' (24-hour), as printed on the program's schedule. */
export type WallClockTime = string;

const wallClockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWallClockTime(value: string): boolean {
  return wallClockPattern.test(value);
}

export const wallClockTimeSchema = z
  .string()
  .refine(isWallClockTime, { message: "Expected a time as HH:MM (24-hour)" });

/** Minutes after midnight, or null when the string is not 'HH:MM'. */
export function minutesSinceMidnight(time: WallClockTime): number | null {
  const match = wallClockPattern.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function wallClockFromMinutes(minutes: number): WallClockTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new RangeError(`Minutes after midnight must be an integer in 0..1439, got ${minutes}`);
  }
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A span of the day, e.g. a track's window. `end` is exclusive and after `start`. */
export interface TimeWindow {
  start: WallClockTime;
  end: WallClockTime;
}

export const timeWindowSchema = z
  .object({ start: wallClockTimeSchema, end: wallClockTimeSchema })
  .refine((w) => (minutesSinceMidnight(w.end) ?? 0) > (minutesSinceMidnight(w.start) ?? 0), {
    message: "A time window must end after it starts",
    path: ["end"],
  });
