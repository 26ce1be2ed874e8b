import { defaultProgramPolicy, type CareLevel, type ProgramPolicy } from "@stepwise/domain";

/** A program row's stored policy, completed with the level's defaults for what it does not store. */
export function programPolicyOf(program: {
  level: CareLevel;
  timeZone: string;
  minWeeklyMinutes: number;
  maxWeeklyMinutes: number;
}): ProgramPolicy {
  return {
    ...defaultProgramPolicy(program.level),
    weeklyMinutes: { min: program.minWeeklyMinutes, max: program.maxWeeklyMinutes },
    timeZone: program.timeZone,
  };
}
