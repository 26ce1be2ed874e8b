import { clientProcedure } from "../../core/trpc";
import { findCurrentResponses } from "../../queries/measure-responses.queries";
import { toTrends } from "./check-in-views";

/** The client's own check-ins over time, per questionnaire, in plain words. */
export const checkInResults = clientProcedure.query(async ({ ctx }) => {
  const responses = await findCurrentResponses(ctx.db, [ctx.client.clientId]);
  ctx.audit({ resource: { type: "measure_response" } });
  return { trends: toTrends(responses) };
});
