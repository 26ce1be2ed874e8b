import type { Executor } from "@stepwise/db/client";
import {
  type CheckIn,
  type InstrumentId,
  checkInEnrollmentOf,
  checkInsFor,
  instantToZonedDate,
  isBeforeStart,
  measurePolicyOf,
} from "@stepwise/domain";
import { findClientEpisode } from "../../queries/client-episode.queries";
import { findClientHistoriesWithBands } from "../../queries/enrollment-history.queries";
import { findCurrentResponses, findDraftKeys } from "../../queries/measure-responses.queries";

/**
 * A client's check-ins in the episode their portal is about, by the program's policy and the
 * domain's cadence: each with its state, whether a draft of it waits, and the responses given so
 * far (every episode's, oldest first, for the client's own trend). One round trip: the episode,
 * its history, the responses and the drafts are read side by side. No check-ins before the
 * program has started. The client id comes from the caller's scope.
 */
export async function findClientCheckIns(db: Executor, clientId: string, now: Date) {
  const [found, { historyOf }, responses, drafts] = await Promise.all([
    findClientEpisode(db, clientId),
    findClientHistoriesWithBands(db, clientId),
    findCurrentResponses(db, [clientId]),
    findDraftKeys(db, clientId),
  ]);
  const enrollment = found?.episode ?? null;
  const history = enrollment ? historyOf.get(enrollment.id) : undefined;
  if (!enrollment || !history || isBeforeStart(enrollment.status)) return { enrollment: null, checkIns: [] as CheckInWithDraft[], responses };
  const policy = measurePolicyOf(enrollment.program);
  const today = instantToZonedDate(now, enrollment.program.timeZone);
  const ofThisEpisode = responses.filter((response) => response.enrollmentId === enrollment.id);
  const started = new Set(drafts.filter((draft) => draft.enrollmentId === enrollment.id).map(checkInKey));
  const checkIns = checkInsFor({ ...checkInEnrollmentOf(history), policy, responses: ofThisEpisode, today }).map((checkIn) => ({
    ...checkIn,
    started: started.has(checkInKey(checkIn)),
  }));
  return { enrollment: { id: enrollment.id, status: enrollment.status, timeZone: enrollment.program.timeZone, policy, today }, checkIns, responses };
}

export type CheckInWithDraft = CheckIn & { started: boolean };

function checkInKey(checkIn: { instrument: InstrumentId; occasion: string; dueOn: string }): string {
  return `${checkIn.instrument}|${checkIn.occasion}|${checkIn.dueOn}`;
}
