import { checkInSubmissionSchema } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { findClientCheckIns } from "../../services/measures/client-check-ins";
import { recordResponse } from "../../services/measures/record-response";
import { clientRecordProcedure } from "../scopes";

/**
 * A check-in the client gave on paper, entered by staff: one of the current enrollment's that is
 * due, or has expired unanswered. Recorded as the client's own would be, alert and mail included,
 * with the staff member who entered it.
 */
export const recordMeasure = clientRecordProcedure("measures.write")
  .input(checkInSubmissionSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.audit({ resource: { type: "check_in" }, detail: { instrument: input.instrument, dueOn: input.dueOn } });
    const now = new Date();
    const { enrollment, checkIns } = await findClientCheckIns(ctx.db, ctx.client.id, now);
    const checkIn = enrollment
      ? checkIns.find((candidate) => candidate.instrument === input.instrument && candidate.occasion === input.occasion && candidate.dueOn === input.dueOn)
      : undefined;
    if (!enrollment || !checkIn) return fail({ kind: "not_found" });
    if (checkIn.state === "answered") return fail({ kind: "conflict", message: "This check-in has already been answered. Correct that response instead." });
    if (checkIn.state === "upcoming") return fail({ kind: "conflict", message: "This check-in isn't due yet." });

    const { answers, instrument, occasion, dueOn } = input;
    const recorded = await recordResponse(
      ctx.db,
      { clientId: ctx.client.id, enrollmentId: enrollment.id, instrument, occasion, dueOn, answers, enteredByUserId: ctx.caller.userId },
      enrollment.policy,
      now,
    );
    ctx.audit({ resource: { type: "measure_response", id: recorded.responseId }, detail: { alertOpened: recorded.alertId !== null } });
    return { responseId: recorded.responseId, total: recorded.scored.total, bandKey: recorded.scored.band.key, alertId: recorded.alertId };
  });
