import { z } from "zod";

export const attendanceStatuses = ["present", "late", "left_early", "absent", "excused"] as const;
export const attendanceStatusSchema = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;
