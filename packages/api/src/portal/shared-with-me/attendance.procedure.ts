import { notFound } from "../../core/errors";
import { consentedClientProcedure } from "../scopes";
import { getSharedAttendance } from "./attendance.handler";

/** A consenting client's attendance summary: hours and days a week against the band. */
export const sharedAttendance = consentedClientProcedure("attendance_summary").query(async ({ ctx }) => {
  return (await getSharedAttendance(ctx.db, ctx.consented, new Date())) ?? notFound();
});
