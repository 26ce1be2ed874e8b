import { clients, users } from "@stepwise/db/schema";
import {
  checkClientIntake,
  clientIntakeInputSchema,
  describeClientIntakeProblem,
  instantToZonedDate,
  refusalMessage,
} from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../audit";
import { fail, notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { withConstraintConflicts } from "../enrollments/constraint-conflicts";
import { findReferralProgram, insertReferral } from "../enrollments/referral";
import { displayName } from "../names";
import { issuePasswordSetupLink, unusablePasswordHash } from "./portal-account";

const emailTaken = "That email address already belongs to an account. Use another address, or leave it empty.";

/**
 * A new client with their referral, and (when an email is given) a portal account they finish
 * themselves through a one-time setup link. The link is returned once: only its hash is kept.
 */
export const createClient = staffProcedure("enrollment.write")
  .input(clientIntakeInputSchema)
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    // argon2 takes a moment: done before the transaction so it holds no locks meanwhile.
    const passwordHash = input.email ? await unusablePasswordHash() : null;
    return withConstraintConflicts(() =>
      ctx.db.transaction(async (tx) => {
        const program = (await findReferralProgram(tx, input.programId)) ?? notFound();
        const problems = checkClientIntake(input, instantToZonedDate(now, program.timeZone));
        if (problems.length > 0) {
          fail({ kind: "invalid", message: refusalMessage("Please check the client's details.", problems.map(describeClientIntakeProblem)) });
        }
        const person = { firstName: input.firstName, lastName: input.lastName, preferredName: input.preferredName ?? null };

        let user: { id: string } | undefined;
        if (input.email && passwordHash) {
          const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
          if (taken) fail({ kind: "conflict", message: emailTaken });
          [user] = await tx
            .insert(users)
            .values({
              email: input.email,
              passwordHash,
              kind: "client",
              displayName: `${person.preferredName ?? person.firstName} ${person.lastName}`,
            })
            .returning({ id: users.id });
        }
        const [client] = await tx
          .insert(clients)
          .values({ ...person, dateOfBirth: input.dateOfBirth, userId: user?.id ?? null })
          .returning({ id: clients.id });
        const enrollment = await insertReferral(tx, {
          clientId: client!.id,
          program,
          plannedStartOn: input.plannedStartOn,
          recordedByStaffId: ctx.staff.staffMemberId,
        });
        const setupLink = user ? await issuePasswordSetupLink(tx, { userId: user.id, createdByUserId: ctx.caller.userId, now }) : null;
        await recordAudit(tx, ctx.caller, {
          action: "clients.create",
          outcome: "allowed",
          subjectClientId: client!.id,
          resourceType: "client",
          resourceId: client!.id,
          detail: { enrollmentId: enrollment.id, programId: program.id, portalAccount: user !== undefined },
        });
        // The link's expiry is shown in the zone of the program the client was referred to.
        return { clientId: client!.id, name: displayName(person), enrollmentId: enrollment.id, setupLink, timeZone: program.timeZone };
      }),
    );
  });
