import { checkClientIntake, clientIntakeInputSchema, describeClientIntakeProblem, fullNameGoneBy, instantToZonedDate, lastNameFirst, refusalMessage } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { conflictMessage } from "../../core/constraint-conflicts";
import { findProgram } from "../../queries/programs.queries";
import { openReferral } from "../enrollments/open-referral";
import { insertClient, insertClientAccount, isEmailTaken } from "./clients.queries";
import { issuePasswordSetupLink, unusablePasswordHash } from "./portal-account.handler";

/**
 * A new client with their referral, and (when an email is given) a portal account they finish
 * themselves through a one-time setup link. The link is returned once: only its hash is kept.
 */
export const createClient = staffProcedure("enrollment.write")
  .input(clientIntakeInputSchema)
  .mutation(async ({ ctx, input }) => {
    await ctx.rateLimit("clients.create");
    const now = new Date();
    // argon2 takes a moment: done before anything is read or locked (the request's connection waits, holding no locks).
    const passwordHash = input.email ? await unusablePasswordHash() : null;
    const program = (await findProgram(ctx.db, input.programId)) ?? notFound({ resource: { type: "program", id: input.programId } });
    const problems = checkClientIntake(input, instantToZonedDate(now, program.timeZone));
    if (problems.length > 0) {
      fail({ kind: "invalid", message: refusalMessage("Please check the client's details.", problems.map(describeClientIntakeProblem)) });
    }
    const person = { firstName: input.firstName, lastName: input.lastName, preferredName: input.preferredName ?? null };
    let userId: string | null = null;
    if (input.email && passwordHash) {
      if (await isEmailTaken(ctx.db, input.email)) fail({ kind: "conflict", message: conflictMessage("users_email_unique") });
      userId = await insertClientAccount(ctx.db, { email: input.email, passwordHash, displayName: fullNameGoneBy(person) });
    }
    const clientId = await insertClient(ctx.db, { ...person, dateOfBirth: input.dateOfBirth, userId });
    const enrollmentId = await openReferral(ctx.db, { clientId, program, plannedStartOn: input.plannedStartOn, recordedByStaffId: ctx.staff.staffMemberId });
    const created = { clientId, userId, enrollmentId };
    const setupLink = created.userId ? await issuePasswordSetupLink(ctx.db, { userId: created.userId, createdByUserId: ctx.caller.userId, now }) : null;
    ctx.audit({
      clients: [created.clientId],
      resource: { type: "client", id: created.clientId },
      detail: { enrollmentId: created.enrollmentId, programId: program.id, portalAccount: created.userId !== null },
    });
    // The link's expiry is shown in the zone of the program the client was referred to.
    return { clientId: created.clientId, name: lastNameFirst(person), enrollmentId: created.enrollmentId, setupLink, timeZone: program.timeZone };
  });
