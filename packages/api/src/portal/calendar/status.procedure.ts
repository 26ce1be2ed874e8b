import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { hasCalendarFeed } from "./calendar.queries";

/** Whether the client has a calendar link. The link itself cannot be shown again: only its hash is kept. */
export const calendarStatus = clientProcedure.query(async ({ ctx }) => {
  const enabled = (await hasCalendarFeed(ctx.db, ctx.client.clientId)) ?? notFound();
  ctx.audit({ resource: { type: "calendar_feed" } });
  return { enabled };
});
