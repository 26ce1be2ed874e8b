import { createRouter } from "../../core/trpc";
import { utilizationReviewPacket } from "./packet.procedure";
import { utilizationReviewPrinted } from "./printed.procedure";

/** What a payer's reviewer needs to renew an authorization. */
export const utilizationReviewRouter = createRouter({
  packet: utilizationReviewPacket,
  printed: utilizationReviewPrinted,
});
