import { fail } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { newCalendarFeedToken } from "../../services/tokens";
import { replaceCalendarFeedHash } from "./calendar.queries";

/** Replaces the link: the old one stops working at once, the new token is returned this once. */
export const resetCalendarLink = clientProcedure.mutation(async ({ ctx }) => {
  const { token, tokenHash } = newCalendarFeedToken();
  if (!(await replaceCalendarFeedHash(ctx.db, ctx.client.clientId, "existing", tokenHash))) {
    return fail({ kind: "conflict", message: "You don't have a calendar link to reset yet. You can make one below." });
  }
  ctx.audit({ resource: { type: "calendar_feed" } });
  return { token };
});
