import { programSessions } from "@stepwise/db/schema";
import { sessionCancelSchema } from "@stepwise/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../core/audit";
import { fail } from "../../core/errors";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { signUpsWithEndedConsent } from "../../services/seats/ended-consents";
import { familySessionCancelledMail } from "../../family-sessions/mail";
import { queueMail } from "../../queries/outbox.queries";
import { staffProcedure } from "../../core/trpc";
import { findFamilySession, findSignedUpEmails } from "./staff-family-sessions.queries";

export const familySessionCancelInput = z.object({ sessionId: z.uuid() }).and(sessionCancelSchema);

/**
 * Calls off a family session still to come, with a reason, and tells everyone holding a seat or
 * a waitlist place by mail, in the same transaction: clients, and family members whose consent
 * to share family sessions is still active (one that ended gives them no more news of it). The
 * session row is locked first, so a sign-up made meanwhile either is in the mail or finds the
 * session cancelled.
 */
export const cancelFamilySession = staffProcedure("family_session.write")
  .input(familySessionCancelInput)
  .mutation(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "familySessions.cancel", resourceType: "program_session", resourceId: input.sessionId }, async (tx) => {
      const session = await findFamilySession(tx, input.sessionId, true);
      if (!session) return outOfReach();
      const now = new Date();
      if (session.cancelledAt) {
        fail({ kind: "conflict", message: `This family session is already cancelled (${session.cancellationReason ?? "no reason given"}).` });
      }
      if (session.startsAt.getTime() <= now.getTime()) {
        fail({ kind: "invalid", message: "This family session has already started, so it can't be cancelled." });
      }
      await tx
        .update(programSessions)
        .set({ cancelledAt: now, cancellationReason: input.reason })
        .where(eq(programSessions.id, session.id));
      const signedUp = await findSignedUpEmails(tx, session.id);
      const ended = new Set(await signUpsWithEndedConsent(tx, signedUp, now));
      const recipients = signedUp.filter((person) => !ended.has(person));
      const when = { startsAt: session.startsAt, timeZone: session.program.timeZone };
      for (const recipient of recipients) await queueMail(tx, familySessionCancelledMail(recipient, when));
      await recordAudit(tx, ctx.caller, {
        action: "familySessions.cancel",
        outcome: "allowed",
        subjectClientId: session.clientId,
        resourceType: "program_session",
        resourceId: session.id,
        detail: { reason: input.reason, notified: recipients.length },
      });
      return { sessionId: session.id, notified: recipients.length };
    }),
  );
