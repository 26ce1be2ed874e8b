import { clientProcedure } from "../../core/trpc";
import { replaceCalendarFeedHash } from "./calendar.queries";

/** Turns the feed off: the link stops working and no new one is made. Turning off twice is fine. */
export const turnOffCalendarLink = clientProcedure.mutation(async ({ ctx }) => {
  const hadLink = await replaceCalendarFeedHash(ctx.db, ctx.client.clientId, "existing", null);
  ctx.audit({ resource: { type: "calendar_feed" }, detail: { hadLink } });
  return { enabled: false as const };
});
