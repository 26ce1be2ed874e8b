import { describe, expect, it } from "vitest";
import { careLevels } from "./care-level";
import { careLevelDefinitions } from "./care-level-definitions";
import { defaultShiftWindows, shiftsOffered } from "./track";
import { minutesSinceMidnight } from "../time/wall-clock-time";

function windowMinutes(shift: keyof typeof defaultShiftWindows): number {
  const window = defaultShiftWindows[shift];
  return (minutesSinceMidnight(window.end) ?? 0) - (minutesSinceMidnight(window.start) ?? 0);
}

describe("shift windows", () => {
  it.each([
    ["morning", "08:00", "13:00", 300],
    ["evening", "17:00", "21:30", 270],
    ["day", "09:00", "15:30", 390],
  ] as const)("%s runs %s–%s (%i min)", (shift, start, end, minutes) => {
    expect(defaultShiftWindows[shift]).toEqual({ start, end });
    expect(windowMinutes(shift)).toBe(minutes);
  });

  it("each shift a level offers can hold that level's longest session day", () => {
    for (const level of careLevels) {
      for (const shift of shiftsOffered[level]) {
        expect(windowMinutes(shift)).toBeGreaterThanOrEqual(careLevelDefinitions[level].defaultSessionDayMinutes.max);
      }
    }
    expect(shiftsOffered.iop).toEqual(["morning", "evening"]);
    expect(shiftsOffered.php).toEqual(["day"]);
  });
});
