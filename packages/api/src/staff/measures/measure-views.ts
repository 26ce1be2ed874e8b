import { type InstrumentId, changeFromBaseline, instruments, optionsFor, scoreResponse } from "@stepwise/domain";
import type { CurrentResponse } from "../../queries/measure-responses.queries";
import type { CheckInWithDraft } from "../../services/measures/client-check-ins";

/**
 * A response as staff read it: every question with the answer given, the total, the band in staff
 * words, caseness and the safety items answered above 0 (scored again by the instrument's data),
 * who entered it on paper, and the correction it is with its reason.
 */
export function toStaffResponse(response: CurrentResponse) {
  const instrument = instruments[response.instrument];
  const scored = scoreResponse(instrument, response.answers);
  return {
    id: response.id,
    enrollmentId: response.enrollmentId,
    instrument: response.instrument,
    instrumentName: instrument.shortName,
    occasion: response.occasion,
    dueOn: response.dueOn,
    submittedAt: response.submittedAt,
    answers: instrument.items.map((item) => {
      const score = response.answers[item.id] ?? null;
      return {
        itemId: item.id,
        number: item.number,
        text: item.text,
        score,
        label: optionsFor(instrument, item).find((option) => option.score === score)?.label ?? null,
      };
    }),
    total: response.total,
    band: { key: response.bandKey, staffLabel: instrument.bands.find((band) => band.key === response.bandKey)?.staffLabel ?? response.bandKey },
    caseness: scored.caseness,
    safetyFlags: scored.safetyFlags,
    /** The staff member who entered it from paper; null when the client answered in the portal. */
    enteredBy: response.enteredBy,
    correction: response.supersedesId ? { supersedesId: response.supersedesId, reason: response.correctionReason } : null,
  };
}

/**
 * Per enrollment and instrument, the first and latest current totals and the change between them
 * in outcome terms (null until there is a follow-up), with every total by date.
 */
export function toStaffTrends(responses: readonly CurrentResponse[]) {
  const groups = new Map<string, CurrentResponse[]>();
  for (const response of responses) {
    const key = `${response.enrollmentId}|${response.instrument}`;
    groups.set(key, [...(groups.get(key) ?? []), response]);
  }
  return [...groups.values()].map((answered) => {
    const ordered = [...answered].sort((a, b) => (a.dueOn === b.dueOn ? a.submittedAt.getTime() - b.submittedAt.getTime() : a.dueOn < b.dueOn ? -1 : 1));
    const instrumentId: InstrumentId = ordered[0]!.instrument;
    const instrument = instruments[instrumentId];
    const baseline = ordered[0]!;
    const latest = ordered.at(-1)!;
    return {
      enrollmentId: baseline.enrollmentId,
      instrument: instrumentId,
      instrumentName: instrument.shortName,
      range: instrument.totalRange,
      baseline: { dueOn: baseline.dueOn, total: baseline.total },
      latest: { dueOn: latest.dueOn, total: latest.total },
      changeFromBaseline: ordered.length > 1 ? changeFromBaseline(instrument, baseline.total, latest.total) : null,
      points: ordered.map((response) => ({ responseId: response.id, dueOn: response.dueOn, total: response.total, bandKey: response.bandKey })),
    };
  });
}

/** A check-in of the client's current enrollment as staff see it, answered or not. */
export function toStaffCheckIn(checkIn: CheckInWithDraft) {
  return {
    instrument: checkIn.instrument,
    instrumentName: instruments[checkIn.instrument].shortName,
    occasion: checkIn.occasion,
    dueOn: checkIn.dueOn,
    expiresOn: checkIn.expiresOn,
    remindOn: checkIn.remindOn,
    state: checkIn.state,
    started: checkIn.started,
  };
}
