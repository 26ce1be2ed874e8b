import { checkClientIntake, clientIntakeInputSchema, describeClientIntakeProblem, fullNameGoneBy, instantToZonedDate, lastNameFirst, refusalMessage } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { withReferralConflicts } from "../enrollments/enrollment-conflicts";
import { findReferralProgram } from "../enrollments/enrollments.queries";
import { openReferral } from "../enrollments/open-referral";
import { insertClient, insertClientAccount, isEmailTaken } from "./clients.queries";
import { issuePasswordSetupLink, unusablePasswordHash } from "./portal-account.handler";

const emailTaken = "That email address already belongs to an account. Use another address, or leave it empty.";

/**
 * A new client with their referral, and (when an email is given) a portal account they finish
 * themselves through a one-time setup link. The link is returned once: only its hash is kept.
 */
export const createClient = staffProcedure("enrollment.write")
  .input(clientIntakeInputSchema)
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    // argon2 takes a moment: done before anything is read or locked.
    const passwordHash = input.email ? await unusablePasswordHash() : null;
    const program = (await findReferralProgram(ctx.db, input.programId)) ?? notFound({ resource: { type: "program", id: input.programId } });
    const problems = checkClientIntake(input, instantToZonedDate(now, program.timeZone));
    if (problems.length > 0) {
      fail({ kind: "invalid", message: refusalMessage("Please check the client's details.", problems.map(describeClientIntakeProblem)) });
    }
    const person = { firstName: input.firstName, lastName: input.lastName, preferredName: input.preferredName ?? null };
    const created = await withReferralConflicts(ctx.db, async (db) => {
      let userId: string | null = null;
      if (input.email && passwordHash) {
        if (await isEmailTaken(db, input.email)) fail({ kind: "conflict", message: emailTaken });
        userId = await insertClientAccount(db, { email: input.email, passwordHash, displayName: fullNameGoneBy(person) });
      }
      const clientId = await insertClient(db, { ...person, dateOfBirth: input.dateOfBirth, userId });
      const enrollmentId = await openReferral(db, { clientId, program, plannedStartOn: input.plannedStartOn, recordedByStaffId: ctx.staff.staffMemberId });
      return { clientId, userId, enrollmentId };
    });
    const setupLink = created.userId ? await issuePasswordSetupLink(ctx.db, { userId: created.userId, createdByUserId: ctx.caller.userId, now }) : null;
    ctx.audit({
      clients: [created.clientId],
      resource: { type: "client", id: created.clientId },
      detail: { enrollmentId: created.enrollmentId, programId: program.id, portalAccount: created.userId !== null },
    });
    // The link's expiry is shown in the zone of the program the client was referred to.
    return { clientId: created.clientId, name: lastNameFirst(person), enrollmentId: created.enrollmentId, setupLink, timeZone: program.timeZone };
  });
