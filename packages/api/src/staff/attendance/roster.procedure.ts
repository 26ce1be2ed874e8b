import { attendanceSessionProcedure } from "../scopes";
import { getAttendanceRoster } from "./roster.handler";

/** A session's roster, each client with their record and its revisions; the row names everyone on it. */
export const attendanceRoster = attendanceSessionProcedure({ lock: false }).query(async ({ ctx }) => {
  const roster = await getAttendanceRoster(ctx.db, ctx.session, new Date());
  ctx.audit({ clients: roster.roster.map((entry) => entry.clientId) });
  return roster;
});
