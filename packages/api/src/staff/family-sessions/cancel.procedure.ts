import { familySessionCancelRefusal, sessionCancelSchema } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { queueMail } from "../../queries/outbox.queries";
import { signUpsWithEndedConsent } from "../../services/seats/ended-consents";
import { familySessionCancelledMail } from "../../services/seats/mail";
import { familySessionProcedure } from "../scopes";
import { cancelFamilySessionRow, findSignedUpEmails } from "./family-sessions.queries";

/**
 * Calls off a family session still to come, with a reason, and tells everyone holding a seat or
 * a waitlist place by mail, in the same transaction: clients, and family members whose consent
 * to share family sessions is still active (one that ended gives them no more news of it). The
 * session row is locked first, so a sign-up made meanwhile either is in the mail or finds the
 * session cancelled.
 */
export const cancelFamilySession = familySessionProcedure("family_session.write", { lock: true })
  .input(sessionCancelSchema)
  .mutation(async ({ ctx, input }) => {
    await ctx.rateLimit("familySessions.cancel");
    const { session } = ctx;
    const now = new Date();
    if (session.cancelledAt) {
      fail({ kind: "conflict", message: `This family session is already cancelled (${session.cancellationReason ?? "no reason given"}).` });
    }
    const refusal = familySessionCancelRefusal(session, now);
    if (refusal) fail({ kind: "invalid", message: refusal });
    await cancelFamilySessionRow(ctx.db, session.id, { at: now, reason: input.reason });
    const signedUp = await findSignedUpEmails(ctx.db, session.id);
    const ended = new Set(await signUpsWithEndedConsent(ctx.db, signedUp, now));
    const recipients = signedUp.filter((person) => !ended.has(person));
    const when = { startsAt: session.startsAt, timeZone: session.program.timeZone };
    for (const recipient of recipients) await queueMail(ctx.db, familySessionCancelledMail(recipient, when));
    ctx.audit({ clients: signedUp.map((person) => person.clientId), detail: { reason: input.reason, notified: recipients.length } });
    return { sessionId: session.id, notified: recipients.length };
  });
