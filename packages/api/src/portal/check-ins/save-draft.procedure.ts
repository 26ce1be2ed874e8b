import { checkInDraftSchema } from "@stepwise/domain";
import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { saveDraft } from "../../queries/measure-responses.queries";
import { findClientCheckIns } from "../../services/measures/client-check-ins";
import { openCheckIn } from "./check-in-views";

/** Keeps the answers so far of an open check-in, so the client can stop and come back to it. */
export const saveCheckInDraft = clientProcedure.input(checkInDraftSchema).mutation(async ({ ctx, input }) => {
  ctx.audit({ resource: { type: "check_in" }, detail: { instrument: input.instrument, dueOn: input.dueOn } });
  const now = new Date();
  const { enrollment, checkIns } = await findClientCheckIns(ctx.db, ctx.client.clientId, now);
  if (!enrollment || !openCheckIn(checkIns, input)) return notFound();
  const { answers, ...checkIn } = input;
  await saveDraft(ctx.db, { clientId: ctx.client.clientId, enrollmentId: enrollment.id, ...checkIn }, answers, now);
  return { saved: Object.keys(answers).length };
});
