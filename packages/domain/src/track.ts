import { z } from "zod";

/** Clinical focus of a program. */
export const programTracks = ["general_mental_health", "trauma", "substance_use", "co_occurring"] as const;
export const programTrackSchema = z.enum(programTracks);
export type ProgramTrack = z.infer<typeof programTrackSchema>;

/** When in the day a schedule option runs. */
export const scheduleShifts = ["morning", "evening", "day"] as const;
export const scheduleShiftSchema = z.enum(scheduleShifts);
export type ScheduleShift = z.infer<typeof scheduleShiftSchema>;
