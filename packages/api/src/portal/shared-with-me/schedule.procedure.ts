import { notFound } from "../../core/errors";
import { consentedClientProcedure } from "../scopes";
import { getSharedSchedule } from "./schedule.handler";

/** A consenting client's days and times, as the family member may know them. */
export const sharedSchedule = consentedClientProcedure("schedule").query(async ({ ctx }) => {
  // A consented client whose record can't be read answers like any other missing one.
  return (await getSharedSchedule(ctx.db, ctx.consented, new Date())) ?? notFound();
});
