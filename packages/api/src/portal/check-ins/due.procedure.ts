import { clientProcedure } from "../../core/trpc";
import { findClientCheckIns } from "../../services/measures/client-check-ins";
import { toDueCheckIn } from "./check-in-views";

/** The check-ins open for the client now, oldest first: "My plan" shows them before anything else. */
export const dueCheckIns = clientProcedure.query(async ({ ctx }) => {
  const { checkIns } = await findClientCheckIns(ctx.db, ctx.client.clientId, new Date());
  ctx.audit({ resource: { type: "check_in" } });
  return { due: checkIns.filter((checkIn) => checkIn.state === "due").map(toDueCheckIn) };
});
