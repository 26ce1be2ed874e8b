import { recordAudit } from "../../audit";
import { fail, notFound } from "../../errors";
import { clientProcedure } from "../../trpc";
import { newCalendarFeedToken } from "./calendar-token";
import { hasCalendarFeed, replaceCalendarFeedHash } from "./calendar.queries";

const resource = { resourceType: "calendar_feed" } as const;

/** Whether the client has a calendar link. The link itself cannot be shown again: only its hash is kept. */
export const calendarStatus = clientProcedure.query(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const enabled = await hasCalendarFeed(tx, ctx.client.clientId);
    if (enabled === null) return notFound();
    await recordAudit(tx, ctx.caller, {
      action: "calendar.status",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      ...resource,
    });
    return { enabled };
  }),
);

/** Makes the client's first calendar link; the token is returned this once and never stored. */
export const createCalendarLink = clientProcedure.mutation(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const { token, hash } = newCalendarFeedToken();
    const created = await replaceCalendarFeedHash(tx, ctx.client.clientId, "none", hash);
    if (!created) {
      return fail({
        kind: "conflict",
        message: "You already have a calendar link. To get a new one, reset it: the old link will stop working.",
      });
    }
    await recordAudit(tx, ctx.caller, {
      action: "calendar.createLink",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      ...resource,
    });
    return { token };
  }),
);

/** Replaces the link: the old one stops working at once, the new token is returned this once. */
export const resetCalendarLink = clientProcedure.mutation(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const { token, hash } = newCalendarFeedToken();
    const reset = await replaceCalendarFeedHash(tx, ctx.client.clientId, "existing", hash);
    if (!reset) {
      return fail({ kind: "conflict", message: "You don't have a calendar link to reset yet. You can make one below." });
    }
    await recordAudit(tx, ctx.caller, {
      action: "calendar.resetLink",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      ...resource,
    });
    return { token };
  }),
);

/** Turns the feed off: the link stops working and no new one is made. Turning off twice is fine. */
export const turnOffCalendarLink = clientProcedure.mutation(({ ctx }) =>
  ctx.db.transaction(async (tx) => {
    const turnedOff = await replaceCalendarFeedHash(tx, ctx.client.clientId, "existing", null);
    await recordAudit(tx, ctx.caller, {
      action: "calendar.turnOff",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      ...resource,
      detail: { hadLink: turnedOff },
    });
    return { enabled: false as const };
  }),
);
