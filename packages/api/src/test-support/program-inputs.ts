/**
 * What a director types to set up a program, for tests that go through the staff API: a new
 * program, and three evenings a week that fit its band and the fixtures' evening option.
 */

export const threeEvenings = { shift: "evening" as const, name: "Three evenings", weekdays: [1, 3, 4] as (1 | 3 | 4)[], startTime: "18:00", endTime: "21:00" };

export function newProgram(name: string) {
  return {
    name,
    level: "iop" as const,
    track: "trauma" as const,
    timeZone: "America/New_York",
    weeklyMinutes: { min: 540, max: 900 },
    expectedLengthWeeks: 10,
    sessionKinds: ["process_group" as const, "skills_group" as const],
  };
}
