import { type CalendarDate, type EnrollmentHistory, type IntRange, type ProgramPolicy, weeklyBandForWeek } from "@stepwise/domain";

/**
 * The policy a week is read against: the enrollment's program policy with the band (level and
 * weekly minutes) in force that week, so a PHP week before a step-down is not "more than
 * planned" against today's IOP band. The program's own band when the week has none.
 */
export function policyForWeek(
  policy: ProgramPolicy,
  history: EnrollmentHistory | null,
  bandOfProgram: ReadonlyMap<string, IntRange>,
  weekStart: CalendarDate,
): ProgramPolicy {
  const band = history ? weeklyBandForWeek(history, weekStart, bandOfProgram) : null;
  return band ? { ...policy, ...band } : policy;
}
