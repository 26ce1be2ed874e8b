import { z } from "zod";
import type { CareLevel } from "./care-level";
import type { TimeWindow } from "../time/wall-clock-time";

/** Clinical focus of a program. */
export const programTracks = ["general_mental_health", "trauma", "substance_use", "co_occurring"] as const;
export const programTrackSchema = z.enum(programTracks);
export type ProgramTrack = z.infer<typeof programTrackSchema>;

/** When in the day a schedule option runs. */
export const scheduleShifts = ["morning", "evening", "day"] as const;
export const scheduleShiftSchema = z.enum(scheduleShifts);
export type ScheduleShift = z.infer<typeof scheduleShiftSchema>;

/**
 * Default hours of each shift, in the program's local time. Program policy: a center may run
 * other hours. IOP runs a morning or an evening track (article); PHP runs most of the day.
 */
export const defaultShiftWindows: Readonly<Record<ScheduleShift, TimeWindow>> = {
  morning: { start: "08:00", end: "13:00" },
  evening: { start: "17:00", end: "21:30" },
  day: { start: "09:00", end: "15:30" },
};

/** Shifts a level runs: IOP is part-time, morning or evening; PHP runs the day; OP is by appointment. */
export const shiftsOffered: Readonly<Record<CareLevel, readonly ScheduleShift[]>> = {
  outpatient: [],
  iop: ["morning", "evening"],
  php: ["day"],
};
