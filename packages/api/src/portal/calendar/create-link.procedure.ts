import { fail } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { newCalendarFeedToken } from "../../services/tokens";
import { replaceCalendarFeedHash } from "./calendar.queries";

/** Makes the client's first calendar link; the token is returned this once and never stored. */
export const createCalendarLink = clientProcedure.mutation(async ({ ctx }) => {
  const { token, tokenHash } = newCalendarFeedToken();
  if (!(await replaceCalendarFeedHash(ctx.db, ctx.client.clientId, "none", tokenHash))) {
    return fail({ kind: "conflict", message: "You already have a calendar link. To get a new one, reset it: the old link will stop working." });
  }
  ctx.audit({ resource: { type: "calendar_feed" } });
  return { token };
});
