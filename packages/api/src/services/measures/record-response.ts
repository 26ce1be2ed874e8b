import type { Executor } from "@stepwise/db/client";
import {
  type Answers,
  type CalendarDate,
  type CheckInOccasion,
  type InstrumentId,
  type MeasurePolicy,
  acknowledgeDeadline,
  alertDetailOf,
  alertReasonsForScore,
  instruments,
  scoreResponse,
} from "@stepwise/domain";
import { deleteDraft, insertResponse } from "../../queries/measure-responses.queries";
import { queueMail } from "../../queries/outbox.queries";
import { findCareTeamEmails, findDirectorEmails, insertAlert, insertAlertEvents } from "../../queries/safety-alerts.queries";
import { safetyAlertMail } from "./alert-mail";

export interface ResponseToRecord {
  clientId: string;
  enrollmentId: string;
  instrument: InstrumentId;
  occasion: CheckInOccasion;
  dueOn: CalendarDate;
  /** A complete answer set that the instrument's answersSchema accepted. */
  answers: Answers;
  /** Staff who entered a paper response for the client; null when the client answered. */
  enteredByUserId: string | null;
  /** The response this one corrects, and why. */
  correction?: { supersedesId: string; reason: string };
}

/**
 * Records a completed check-in, in the caller's transaction, with everything it sets off: scored
 * by the instrument's data; a safety alert opened at once when a safety item is above 0 or the band
 * is one the program marks urgent, with its deadline and its first steps; the care team told by
 * mail with no details (the program directors when the team is empty, so no alert goes to
 * nobody); the draft gone. Any failure rolls all of it back: there is never a response without
 * its alert, nor an alert without its response.
 */
export async function recordResponse(db: Executor, response: ResponseToRecord, policy: MeasurePolicy, now: Date) {
  const instrument = instruments[response.instrument];
  const scored = scoreResponse(instrument, response.answers);
  const { correction, ...checkIn } = response;
  const responseId = await insertResponse(db, {
    ...checkIn,
    instrumentVersion: instrument.version,
    total: scored.total,
    bandKey: scored.band.key,
    submittedAt: now,
    supersedesId: correction?.supersedesId ?? null,
    correctionReason: correction?.reason ?? null,
  });
  await deleteDraft(db, checkIn);

  // One alert per response, for its first reason: a safety item before an urgent band.
  const [reason] = alertReasonsForScore(instrument, scored, policy);
  let alertId: string | null = null;
  if (reason) {
    alertId = await insertAlert(db, {
      clientId: response.clientId,
      enrollmentId: response.enrollmentId,
      responseId,
      reason: reason.reason,
      detail: alertDetailOf(reason),
      openedAt: now,
      acknowledgeBy: acknowledgeDeadline(now, policy),
    });
    const careTeam = await findCareTeamEmails(db, response.enrollmentId);
    const recipients = careTeam.length > 0 ? careTeam : await findDirectorEmails(db);
    for (const { email } of recipients) await queueMail(db, safetyAlertMail(email));
    await insertAlertEvents(db, [
      { alertId, kind: "opened", at: now },
      { alertId, kind: "notified", note: `${recipients.length} told by mail`, at: now },
    ]);
  }
  return { responseId, scored, alertId };
}
