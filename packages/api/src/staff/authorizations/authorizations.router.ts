import { createRouter } from "../../core/trpc";
import { authorizationsOfClient } from "./of-client.procedure";
import { recordAuthorization } from "./record.procedure";

/** Payer authorizations: reading a client's with the units used, and recording a new one. */
export const authorizationsRouter = createRouter({
  ofClient: authorizationsOfClient,
  record: recordAuthorization,
});
