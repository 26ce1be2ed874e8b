import type { Executor } from "@stepwise/db/client";
import { familySessionSignUps } from "@stepwise/db/schema";
import { heldPlace, placeForNewSignUp, signUpClosedReason } from "@stepwise/domain";
import type { AuditActor } from "../audit";
import { withConstraintMessages } from "../constraint-conflicts";
import { fail } from "../errors";
import { type OutOfReach, outOfReach } from "../out-of-reach";
import { promoteFromWaitlist } from "./release-seats";
import { countConfirmed, findActiveSignUp, findCurrentPrograms, familiesOf, findSignUpById, lockFamilySession } from "./sign-ups.queries";

const alreadySignedUp = "You're already signed up for this session.";

/** The database guards' last word, in the same plain words as the checks made before the write. */
const guardMessages: Record<string, string> = {
  family_session_sign_ups_one_per_person: alreadySignedUp,
  family_session_sign_ups_within_capacity: "That seat was just taken. Please try again to join the waitlist.",
};

/** Who takes the seat, for whose family; `familyMemberId` is null when the client signs up themselves. */
export interface SeatRequest {
  sessionId: string;
  clientId: string;
  userId: string;
  familyMemberId: string | null;
}

/**
 * Takes a seat in a family session, or a place on its waitlist once the seats are taken, in the
 * caller's transaction. The session row is locked first, so simultaneous sign-ups are served one
 * at a time: seats are counted, and `arrival` drawn, in the order they were served. Before they
 * are counted, places held under a consent that has ended are given up and the seats they free go
 * to the people already waiting. A session that isn't for this client's family answers like a
 * missing one; a closed one says why.
 */
export async function takeSeat(db: Executor, request: SeatRequest, now: Date, actor: AuditActor) {
  const session = await lockFamilySession(db, request.sessionId);
  if (!session) return outOfReach(request.clientId);
  const current = await findCurrentPrograms(db, [request.clientId]);
  if (familiesOf(session, [request.clientId], current).length === 0) return outOfReach(request.clientId);

  const closed = signUpClosedReason(session, now);
  if (closed) return fail({ kind: "invalid", message: closed });
  await promoteFromWaitlist(db, session, now, { actor, action: "familySessions.signUp" });
  if (await findActiveSignUp(db, session.id, request.userId)) return fail({ kind: "conflict", message: alreadySignedUp });

  const status = placeForNewSignUp({ capacity: session.capacity, confirmed: await countConfirmed(db, session.id) });
  const [inserted] = await withConstraintMessages(
    () =>
      db
        .insert(familySessionSignUps)
        .values({ ...request, status, signedUpAt: now })
        .returning({ id: familySessionSignUps.id }),
    (constraint) => guardMessages[constraint],
  );
  const signUp = inserted ? await findSignUpById(db, inserted.id) : null;
  if (!signUp) throw new Error("The sign-up was not stored.");
  return { session, signUp: { signUpId: signUp.id, ...heldPlace(signUp) } };
}

export type TakenSeat = Exclude<Awaited<ReturnType<typeof takeSeat>>, OutOfReach>;
