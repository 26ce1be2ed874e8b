import { checkInKeySchema } from "@stepwise/domain";
import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { findDraftAnswers } from "../../queries/measure-responses.queries";
import { findClientCheckIns } from "../../services/measures/client-check-ins";
import { openCheckIn, toDueCheckIn, toQuestionnaire } from "./check-in-views";

/**
 * One open check-in to answer, with the answers kept from last time. A check-in that is not open
 * (answered, expired, another client's words for one) answers not found.
 */
export const checkInForm = clientProcedure.input(checkInKeySchema).query(async ({ ctx, input }) => {
  ctx.audit({ resource: { type: "check_in" }, detail: { instrument: input.instrument, dueOn: input.dueOn } });
  const { enrollment, checkIns } = await findClientCheckIns(ctx.db, ctx.client.clientId, new Date());
  const checkIn = openCheckIn(checkIns, input);
  if (!enrollment || !checkIn) return notFound();
  const key = { clientId: ctx.client.clientId, enrollmentId: enrollment.id, ...input };
  return { checkIn: toDueCheckIn(checkIn), questionnaire: toQuestionnaire(input.instrument), answers: (await findDraftAnswers(ctx.db, key)) ?? {} };
});
