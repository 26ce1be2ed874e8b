import type { ScoredResponse } from "./scoring";

/**
 * Words a client reads after checking in: thanks, what the answers suggest in the band's plain
 * words, and that the care team will look at them together. Never a bare score or a label.
 * With a safety flag it adds a line asking them to reach out; the screen shows the crisis
 * resources (continuing-care) beside it.
 */
export function describeResult(result: Pick<ScoredResponse, "band" | "safetyFlags">): string {
  const lead = `Thank you for checking in. Your answers suggest ${result.band.clientWords}; your care team will look at them with you.`;
  if (result.safetyFlags.length === 0) return lead;
  return `${lead} If you are thinking of hurting yourself, please reach out for help right now.`;
}

/**
 * "Since you started: 18 → 9.": the first and latest totals, for a client's own trend. Null with
 * fewer than two totals, where there is no trend to describe yet.
 */
export function describeTrend(totals: readonly number[]): string | null {
  const first = totals[0];
  const latest = totals[totals.length - 1];
  if (first === undefined || latest === undefined || totals.length < 2) return null;
  return `Since you started: ${first} → ${latest}.`;
}
