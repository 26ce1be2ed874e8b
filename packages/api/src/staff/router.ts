import { createRouter } from "../core/trpc";
import { attendanceRouter } from "./attendance/attendance.router";
import { careTeamRouter } from "./care-team/care-team.router";
import { clientsRouter } from "./clients/clients.router";
import { enrollmentsRouter } from "./enrollments/enrollments.router";
import { familySessionsRouter } from "./family-sessions/family-sessions.router";
import { listRoster } from "./roster/roster.procedure";
import { listPrograms } from "./programs/programs-list.procedure";
import { createProgram } from "./programs/programs-create.procedure";
import { programDetail } from "./programs/programs-detail.procedure";
import { updateProgram } from "./programs/programs-update.procedure";
import { createScheduleOption, updateScheduleOption } from "./programs/schedule-options.procedure";
import { createSessionTemplate } from "./sessions/session-templates-create.procedure";
import { endSessionTemplate } from "./sessions/session-templates-end.procedure";
import { extendSessionTemplate } from "./sessions/session-templates-extend.procedure";
import { updateSessionTemplate } from "./sessions/session-templates-update.procedure";
import { cancelSession } from "./sessions/sessions-cancel.procedure";
import { sessionDetail } from "./sessions/sessions-detail.procedure";
import { updateSession } from "./sessions/sessions-update.procedure";

/** Everything the staff app may call. Mounted only by the staff app. */
export const staffRouter = createRouter({
  roster: createRouter({ list: listRoster }),
  clients: clientsRouter,
  enrollments: enrollmentsRouter,
  careTeam: careTeamRouter,
  attendance: attendanceRouter,
  programs: createRouter({ list: listPrograms, detail: programDetail, create: createProgram, update: updateProgram }),
  scheduleOptions: createRouter({ create: createScheduleOption, update: updateScheduleOption }),
  sessionTemplates: createRouter({
    create: createSessionTemplate,
    update: updateSessionTemplate,
    end: endSessionTemplate,
    extend: extendSessionTemplate,
  }),
  sessions: createRouter({ detail: sessionDetail, update: updateSession, cancel: cancelSession }),
  familySessions: familySessionsRouter,
});

export type StaffRouter = typeof staffRouter;
