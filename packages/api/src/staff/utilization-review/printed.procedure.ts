import { clientRecordProcedure } from "../scopes";

/**
 * The packet was printed from its page: a disclosure on its way to a payer, so the print is
 * audited as well as the opening. The page prints once this has been recorded.
 */
export const utilizationReviewPrinted = clientRecordProcedure("utilization_review.read").mutation(({ ctx }) => {
  ctx.audit({ resource: { type: "utilization_review_packet" }, detail: { printed: true } });
  return { recorded: true };
});
