import { createRouter } from "../../core/trpc";
import { sharedAttendance } from "./attendance.procedure";
import { sharedClients } from "./clients.procedure";
import { sharedPlan } from "./plan.procedure";
import { sharedSchedule } from "./schedule.procedure";

/** "Shared with me": a family member's view of what each client shares with them, one consent scope per procedure. */
export const sharedWithMeRouter = createRouter({
  clients: sharedClients,
  schedule: sharedSchedule,
  attendance: sharedAttendance,
  plan: sharedPlan,
});
