import { checkInSubmissionSchema, describeResult, describeTrend } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { findClientCheckIns } from "../../services/measures/client-check-ins";
import { recordResponse } from "../../services/measures/record-response";

/**
 * The client sends a check-in. It is scored, kept, and, when an answer needs staff now, opens a
 * safety alert and tells the care team in the same transaction. The client is answered in kind,
 * plain words, with their trend, and told when to see the crisis resources straight away.
 */
export const submitCheckIn = clientProcedure.input(checkInSubmissionSchema).mutation(async ({ ctx, input }) => {
  ctx.audit({ resource: { type: "check_in" }, detail: { instrument: input.instrument, dueOn: input.dueOn } });
  const now = new Date();
  const { clientId } = ctx.client;
  const { enrollment, checkIns, responses } = await findClientCheckIns(ctx.db, clientId, now);
  const checkIn = enrollment
    ? checkIns.find((candidate) => candidate.instrument === input.instrument && candidate.occasion === input.occasion && candidate.dueOn === input.dueOn)
    : undefined;
  if (!enrollment || !checkIn) return fail({ kind: "not_found" });
  if (checkIn.state === "answered") return fail({ kind: "conflict", message: "You've already sent this check-in. Thank you." });
  if (checkIn.state !== "due") return fail({ kind: "conflict", message: "This check-in has closed. Your care team will send the next one." });

  const { answers, ...key } = input;
  const recorded = await recordResponse(ctx.db, { clientId, enrollmentId: enrollment.id, ...key, answers, enteredByUserId: null }, enrollment.policy, now);
  ctx.audit({ resource: { type: "measure_response", id: recorded.responseId }, detail: { alertOpened: recorded.alertId !== null } });
  const totals = [...responses.filter((response) => response.instrument === input.instrument).map((response) => response.total), recorded.scored.total];
  return {
    words: describeResult(recorded.scored),
    sinceYouStarted: describeTrend(totals),
    /** Show the crisis resources at once, and say the care team will be in touch. */
    needsSupportNow: recorded.alertId !== null,
  };
});
