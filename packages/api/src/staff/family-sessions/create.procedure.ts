import { familySessionInputSchema, mayFacilitateFamilySession, pastScheduleRefusals, signUpCutoffRefusals, zonedWallClockToInstant } from "@stepwise/domain";
import { notFound, refuseWithReasons } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { findEnrollmentsInCare } from "../../queries/compliance.queries";
import { findProgram } from "../../queries/programs.queries";
import { findStaffMemberStanding } from "../../queries/staff-members.queries";
import { insertFamilySession } from "./family-sessions.queries";

/**
 * Schedules a family session open for sign-ups: for one client's family, or a multi-family group
 * of the program. Its times are wall-clock times on its date in the program's time zone.
 */
export const createFamilySession = staffProcedure("family_session.write")
  .input(familySessionInputSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.audit({ clients: [input.clientId], resource: { type: "program", id: input.programId } });
    const program = (await findProgram(ctx.db, input.programId)) ?? notFound();
    const startsAt = zonedWallClockToInstant(input.date, input.startTime, program.timeZone);
    const endsAt = zonedWallClockToInstant(input.date, input.endTime, program.timeZone);

    const now = new Date();
    const refusals = [
      ...pastScheduleRefusals({ date: input.date, startsAt, timeZone: program.timeZone }, now),
      // A session whose sign-ups would open already closed could never be joined.
      ...signUpCutoffRefusals({ startsAt, signUpCutoffMinutes: input.signUpCutoffMinutes }, now),
    ];
    if (!program.active) refusals.push(`${program.name} is no longer active; choose a program that is running.`);
    const facilitator = await findStaffMemberStanding(ctx.db, input.facilitatorStaffId);
    if (!facilitator || !mayFacilitateFamilySession(facilitator.role) || !facilitator.active) {
      refusals.push("The facilitator must be a clinician or program director with a working account.");
    }
    if (input.clientId !== undefined) {
      const current = await findEnrollmentsInCare(ctx.db, { clientId: input.clientId, programId: program.id });
      if (current.length === 0) refusals.push(`This client isn't currently enrolled in ${program.name}; a one-family session is for a client in the program.`);
    }
    if (refusals.length > 0) refuseWithReasons("This family session can't be scheduled:", refusals);

    const sessionId = await insertFamilySession(ctx.db, {
      programId: program.id,
      clientId: input.clientId ?? null,
      title: input.title,
      startsAt,
      endsAt,
      capacity: input.capacity,
      signUpCutoffMinutes: input.signUpCutoffMinutes,
      facilitatorStaffId: input.facilitatorStaffId,
      location: input.location ?? null,
      videoUrl: input.videoUrl ?? null,
    });
    ctx.audit({ resource: { type: "program_session", id: sessionId }, detail: { programId: program.id, format: input.format, capacity: input.capacity } });
    return { sessionId };
  });
