import { answersSchema, instruments, measurePolicyOf, responseCorrectionSchema } from "@stepwise/domain";
import { fail, notFound } from "../../core/errors";
import { findCurrentResponse } from "../../queries/measure-responses.queries";
import { recordResponse } from "../../services/measures/record-response";
import { clientRecordProcedure } from "../scopes";
import { findEnrollmentProgram } from "./measures.queries";

/**
 * Corrects a recorded check-in: a new response with the whole answer set supersedes the old one,
 * which is kept, with the reason. Another client's response, or one already corrected, answers
 * like an unknown id. Two corrections at once: the database keeps one
 * (measure_responses_superseded_once) and the other is answered as a conflict.
 */
export const correctMeasure = clientRecordProcedure("measures.write")
  .input(responseCorrectionSchema)
  .mutation(async ({ ctx, input }) => {
    ctx.audit({ resource: { type: "measure_response", id: input.responseId } });
    const corrected = (await findCurrentResponse(ctx.db, ctx.client.id, input.responseId)) ?? notFound();
    const instrument = instruments[corrected.instrument];
    const parsed = answersSchema(instrument).safeParse(input.answers);
    const unknown = Object.keys(input.answers).filter((id) => !instrument.items.some((item) => item.id === id));
    if (!parsed.success || unknown.length > 0) {
      const messages = [...(unknown.length > 0 ? ["That question isn't part of this check-in."] : []), ...(parsed.error?.issues.map((issue) => issue.message) ?? [])];
      return fail({ kind: "invalid", message: messages[0]!, fieldErrors: { answers: messages } });
    }
    const program = (await findEnrollmentProgram(ctx.db, ctx.client.id, corrected.enrollmentId)) ?? notFound();
    const now = new Date();
    const recorded = await recordResponse(
      ctx.db,
      {
        clientId: corrected.clientId,
        enrollmentId: corrected.enrollmentId,
        instrument: corrected.instrument,
        occasion: corrected.occasion,
        dueOn: corrected.dueOn,
        answers: parsed.data,
        enteredByUserId: ctx.caller.userId,
        correction: { supersedesId: corrected.id, reason: input.reason },
      },
      measurePolicyOf(program),
      now,
    );
    ctx.audit({ resource: { type: "measure_response", id: recorded.responseId }, detail: { corrects: corrected.id, alertOpened: recorded.alertId !== null } });
    return { responseId: recorded.responseId, total: recorded.scored.total, bandKey: recorded.scored.band.key, alertId: recorded.alertId };
  });
