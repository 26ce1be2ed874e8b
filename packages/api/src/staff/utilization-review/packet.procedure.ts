import { clientRecordProcedure } from "../scopes";
import { getUtilizationReviewPacket } from "./packet.handler";

/** The utilization-review packet of a client in care; `packet` is null when they are not in care. Audited as a disclosure's preparation. */
export const utilizationReviewPacket = clientRecordProcedure("utilization_review.read").query(async ({ ctx }) => {
  const packet = await getUtilizationReviewPacket(ctx.db, ctx.client.id, new Date());
  ctx.audit({ resource: { type: "utilization_review_packet" } });
  return { packet };
});
