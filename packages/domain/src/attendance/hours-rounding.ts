/**
 * The one rounding rule for hours, in both apps: tenths of an hour, rounded *down*. A client reads
 * "9.8 hours" where staff read "9.8 h" for the same week, and a number is never shown that was not
 * reached: 539 minutes is 8.9, not 9, so a week short of a 9-hour floor never reads as 9.
 */
export function hoursInTenths(minutes: number): number {
  return Math.floor(Math.max(0, minutes) / 6);
}

/** "9.8", "9", "0.8", "0": the rounded hours as digits, no trailing ".0". */
export function formatHours(minutes: number): string {
  const tenths = hoursInTenths(minutes);
  const whole = Math.floor(tenths / 10);
  const tenth = tenths % 10;
  return tenth === 0 ? `${whole}` : `${whole}.${tenth}`;
}

/** "hour" only for exactly 1 as shown; "0.8 hours", "9 hours". */
export function hoursNoun(minutes: number): "hour" | "hours" {
  return hoursInTenths(minutes) === 10 ? "hour" : "hours";
}

/** Whether any time at all shows: under 6 minutes reads as no hours. */
export function hoursShow(minutes: number): boolean {
  return hoursInTenths(minutes) > 0;
}

/**
 * Whether the hours *as shown* pass the top of a weekly band: words say "more than 9–15" only of
 * a number that is more (903 minutes reads 15, the top of it). Staff's over-band flag reads the
 * minutes themselves.
 */
export function hoursShownOver(minutes: number, maxMinutes: number): boolean {
  return hoursInTenths(minutes) * 6 > maxMinutes;
}
