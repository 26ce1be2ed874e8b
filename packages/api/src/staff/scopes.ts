import { type StaffPermission, instantToZonedDate } from "@stepwise/domain";
import { z } from "zod";
import { notFound } from "../core/errors";
import { staffProcedure } from "../core/trpc";
import { findAttendanceSession } from "./attendance/attendance.queries";
import { findClientOnRecord } from "./clients/clients.queries";
import { lockEnrollment } from "./enrollments/enrollments.queries";
import { findFamilySession } from "./family-sessions/family-sessions.queries";
import { lockProgram } from "./programs/programs.queries";
import { lockOptionWithProgram } from "./schedule-options/schedule-options.queries";
import { lockTemplate } from "./session-templates/session-templates.queries";
import { reachSession } from "./sessions/session-reach";

/**
 * The staff app's resource rungs (cal.com's resource-loading procedures): each loads, in the
 * request's transaction, the record a procedure is about, within what the caller may reach, into
 * `ctx`, and notes it on the request's audit row; anything else answers not found, like a record
 * that does not exist, and the ladder audits the denial. A procedure built on one never looks
 * the record up itself.
 */

/** A client on record, by `clientId`: `ctx.client`. */
export function clientRecordProcedure(permission: StaffPermission) {
  return staffProcedure(permission)
    .input(z.object({ clientId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "client", id: input.clientId } });
      const client = (await findClientOnRecord(ctx.db, input.clientId)) ?? notFound();
      ctx.audit({ clients: [client.id] });
      return next({ ctx: { client } });
    });
}

/**
 * One enrollment, by `enrollmentId`, locked until the request ends, so two staff changing it at
 * once take turns and the second sees what the first did: `ctx.enrollment`, with `ctx.today` in
 * its program's zone (dates staff type are that zone's dates).
 */
export function enrollmentProcedure(permission: StaffPermission) {
  return staffProcedure(permission)
    .input(z.object({ enrollmentId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "enrollment", id: input.enrollmentId } });
      const enrollment = (await lockEnrollment(ctx.db, input.enrollmentId)) ?? notFound();
      ctx.audit({ clients: [enrollment.clientId] });
      return next({ ctx: { enrollment, today: instantToZonedDate(new Date(), enrollment.timeZone) } });
    });
}

/**
 * One dated session, by `sessionId`, as far as this staff member may see it (see reachSession),
 * locked when it is about to change: `ctx.session`, with `ctx.program`, `ctx.option`, `ctx.template`
 * and, for an individual session, `ctx.sessionClient`.
 */
export function sessionProcedure(permission: StaffPermission, options: { lock: boolean }) {
  return staffProcedure(permission)
    .input(z.object({ sessionId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "program_session", id: input.sessionId } });
      const { session, program, option, template, client } = await reachSession(ctx.db, input.sessionId, ctx.staff.role, options.lock);
      ctx.audit({ clients: [session.clientId] });
      return next({ ctx: { session, program, option, template, sessionClient: client } });
    });
}

/**
 * One dated session whose attendance is taken, by `sessionId` (attendance.write), locked when it
 * is about to be written so two staff saving it take turns: `ctx.session`. Which clients it shows
 * is the roster's to say, so the procedure notes them.
 */
export function attendanceSessionProcedure(options: { lock: boolean }) {
  return staffProcedure("attendance.write")
    .input(z.object({ sessionId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "program_session", id: input.sessionId } });
      const session = (await findAttendanceSession(ctx.db, input.sessionId, { lock: options.lock })) ?? notFound();
      return next({ ctx: { session } });
    });
}

/**
 * One family session that takes sign-ups, by `sessionId`, locked when it is about to change (so
 * a sign-up made meanwhile waits and then sees it): `ctx.session`. Any other session
 * answers like a missing one.
 */
export function familySessionProcedure(permission: StaffPermission, options: { lock: boolean }) {
  return staffProcedure(permission)
    .input(z.object({ sessionId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "program_session", id: input.sessionId } });
      const session = (await findFamilySession(ctx.db, input.sessionId, options.lock)) ?? notFound();
      ctx.audit({ clients: [session.clientId] });
      return next({ ctx: { session } });
    });
}

/** One program, by `programId`, locked so two edits of it (or of its options) apply one after the other: `ctx.program`. */
export function programProcedure(permission: StaffPermission) {
  return staffProcedure(permission)
    .input(z.object({ programId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "program", id: input.programId } });
      const program = (await lockProgram(ctx.db, input.programId)) ?? notFound();
      return next({ ctx: { program } });
    });
}

/** One schedule option, by `scheduleOptionId`, with its program locked: `ctx.option`, `ctx.program`. */
export function scheduleOptionProcedure(permission: StaffPermission) {
  return staffProcedure(permission)
    .input(z.object({ scheduleOptionId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "schedule_option", id: input.scheduleOptionId } });
      const { program, option } = (await lockOptionWithProgram(ctx.db, input.scheduleOptionId)) ?? notFound();
      return next({ ctx: { program, option } });
    });
}

/** One session template, by `templateId`, locked with its option and program: `ctx.template`, `ctx.option`, `ctx.program`. */
export function sessionTemplateProcedure(permission: StaffPermission) {
  return staffProcedure(permission)
    .input(z.object({ templateId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      ctx.audit({ resource: { type: "session_template", id: input.templateId } });
      const { template, program, option } = (await lockTemplate(ctx.db, input.templateId)) ?? notFound();
      return next({ ctx: { template, program, option } });
    });
}
