import { createRouter } from "../../trpc";
import { getSharedAttendance } from "./shared-attendance";
import { sharedClients } from "./shared-clients.procedure";
import { getSharedPlan } from "./shared-plan";
import { sharedRead } from "./shared-read";
import { getSharedSchedule } from "./shared-schedule";

/** A family member's view of what each client shares with them, one scope per procedure. */
export const sharedRouter = createRouter({
  clients: sharedClients,
  schedule: sharedRead("schedule", { action: "shared.schedule", resourceType: "schedule" }, (db, client, now) =>
    getSharedSchedule(db, client, now),
  ),
  attendance: sharedRead("attendance_summary", { action: "shared.attendance", resourceType: "attendance" }, (db, client, now) =>
    getSharedAttendance(db, client, now),
  ),
  plan: sharedRead("plan_summary", { action: "shared.plan", resourceType: "plan" }, (db, client) => getSharedPlan(db, client)),
});
