import { createRouter } from "../trpc";
import { attendanceRouter } from "./attendance/attendance.router";
import { clientDetail } from "./clients/client-detail.procedure";
import { listRoster } from "./roster/roster.procedure";
import { listPrograms } from "./programs/programs-list.procedure";

/** Everything the staff app may call. Mounted only by the staff app. */
export const staffRouter = createRouter({
  roster: createRouter({ list: listRoster }),
  clients: createRouter({ detail: clientDetail }),
  attendance: attendanceRouter,
  programs: createRouter({ list: listPrograms }),
});

export type StaffRouter = typeof staffRouter;
