import type { Executor } from "@stepwise/db/client";
import { familiesOf, heldPlace, placeForNewSignUp, signUpClosedReason } from "@stepwise/domain";
import type { Audit } from "../../core/audit";
import { conflictMessage } from "../../core/constraint-conflicts";
import { fail, notFound } from "../../core/errors";
import { countConfirmed, findActiveSignUp, findCurrentPrograms, findSignUpById, insertSignUp, lockFamilySession } from "../../queries/sign-ups.queries";
import { promoteFromWaitlist } from "./release-seats";

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
export async function takeSeat(db: Executor, request: SeatRequest, now: Date, audit: Audit) {
  const session = (await lockFamilySession(db, request.sessionId)) ?? notFound();
  const current = await findCurrentPrograms(db, [request.clientId]);
  if (familiesOf(session, [request.clientId], current).length === 0) return notFound();

  const closed = signUpClosedReason(session, now);
  if (closed) return fail({ kind: "invalid", message: closed });
  await promoteFromWaitlist(db, session, now, audit);
  // The same words as the guard's, which has the last word when two presses race.
  if (await findActiveSignUp(db, session.id, request.userId)) return fail({ kind: "conflict", message: conflictMessage("family_session_sign_ups_one_per_person") });

  const status = placeForNewSignUp({ capacity: session.capacity, confirmed: await countConfirmed(db, session.id) });
  const signUpId = await insertSignUp(db, { ...request, status, signedUpAt: now });
  const signUp = signUpId ? await findSignUpById(db, signUpId) : null;
  if (!signUp) throw new Error("The sign-up was not stored.");
  return { session, signUp: { signUpId: signUp.id, ...heldPlace(signUp) } };
}
