import { formatHoursPhrase, formatWeeklyBand } from "@stepwise/domain";

/**
 * A week of attendance as a family member reads it: the same hours and bands as the client's
 * "My hours" ("7½ hours", "9–15"), said about the client by name. It states what happened and
 * never judges a short week: staff, not the screen, follow up.
 */
export interface SharedWeekFacts {
  firstName: string;
  minutes: number;
  daysAttended: number;
  weeklyMinutes: { min: number; max: number };
  /** Whether the level has a weekly band to read the hours against. */
  hasBand: boolean;
  isThisWeek: boolean;
}

export function describeSharedWeekHours(week: SharedWeekFacts): string {
  const { firstName: name, minutes } = week;
  const when = week.isThisWeek ? "so far this week" : "that week";
  if (minutes < 30) return week.isThisWeek ? `No hours are recorded for ${name} yet this week.` : `No hours were recorded for ${name} that week.`;
  const attended = formatHoursPhrase(minutes);
  const verb = week.isThisWeek ? "has attended" : "attended";
  if (!week.hasBand) return `${name} ${verb} ${attended} ${when}.`;
  const band = formatWeeklyBand(week);
  if (minutes > week.weeklyMinutes.max) return `${name} ${verb} ${attended} ${when}, more than the planned ${band}.`;
  return `${name} ${verb} ${attended} of the planned ${band} ${when}.`;
}

export function describeSharedDaysAttended(week: Pick<SharedWeekFacts, "firstName" | "daysAttended" | "isThisWeek">): string {
  const { firstName: name, daysAttended: days, isThisWeek } = week;
  const count = `${days} ${days === 1 ? "day" : "days"}`;
  if (days === 0) return isThisWeek ? "No days recorded yet this week." : "No days recorded that week.";
  return isThisWeek ? `${name} has joined sessions on ${count} so far this week.` : `${name} joined sessions on ${count} that week.`;
}
