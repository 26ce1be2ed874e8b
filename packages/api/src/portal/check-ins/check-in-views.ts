import { type CheckInKeyInput, type InstrumentId, describeTrend, instruments, optionsFor } from "@stepwise/domain";
import type { CurrentResponse } from "../../queries/measure-responses.queries";
import type { CheckInWithDraft } from "../../services/measures/client-check-ins";

/** A check-in as "My plan" lists it: what it is called, how long, until when, and whether it was started. */
export function toDueCheckIn(checkIn: CheckInWithDraft) {
  const instrument = instruments[checkIn.instrument];
  return {
    instrument: checkIn.instrument,
    occasion: checkIn.occasion,
    dueOn: checkIn.dueOn,
    expiresOn: checkIn.expiresOn,
    name: instrument.clientTitle,
    questionCount: instrument.items.length,
    started: checkIn.started,
  };
}

/** The questionnaire as the client answers it: the published instructions, items and choices. */
export function toQuestionnaire(instrumentId: InstrumentId) {
  const instrument = instruments[instrumentId];
  return {
    id: instrument.id,
    name: instrument.clientTitle,
    instructions: instrument.instructions,
    questions: instrument.items.map((item) => ({
      id: item.id,
      number: item.number,
      text: item.text,
      choices: optionsFor(instrument, item).map(({ score, label }) => ({ score, label })),
    })),
  };
}

/** The due check-in a request names, among the client's; undefined when it is not open now. */
export function openCheckIn(checkIns: readonly CheckInWithDraft[], key: CheckInKeyInput) {
  return checkIns.find(
    (checkIn) => checkIn.state === "due" && checkIn.instrument === key.instrument && checkIn.occasion === key.occasion && checkIn.dueOn === key.dueOn,
  );
}

/**
 * The client's own trend on each instrument they have answered: every total by date with the
 * band's plain words, and "since you started: 18 → 9" once there are two. Never a label.
 */
export function toTrends(responses: readonly CurrentResponse[]) {
  const byInstrument = new Map<InstrumentId, CurrentResponse[]>();
  for (const response of responses) byInstrument.set(response.instrument, [...(byInstrument.get(response.instrument) ?? []), response]);
  return [...byInstrument].map(([instrumentId, answered]) => {
    const instrument = instruments[instrumentId];
    const ordered = [...answered].sort((a, b) => (a.dueOn === b.dueOn ? a.submittedAt.getTime() - b.submittedAt.getTime() : a.dueOn < b.dueOn ? -1 : 1));
    return {
      instrument: instrumentId,
      name: instrument.clientTitle,
      range: instrument.totalRange,
      sinceYouStarted: describeTrend(ordered.map((response) => response.total)),
      points: ordered.map((response) => ({
        dueOn: response.dueOn,
        total: response.total,
        words: instrument.bands.find((band) => band.key === response.bandKey)?.clientWords ?? null,
      })),
    };
  });
}
