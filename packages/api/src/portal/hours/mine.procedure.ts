import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { getHours } from "./mine.handler";

/** The client's attended hours week by week, against their plan. */
export const myHours = clientProcedure.query(async ({ ctx }) => {
  const hours = (await getHours(ctx.db, ctx.client, new Date())) ?? notFound();
  ctx.audit({ resource: { type: "attendance" } });
  return hours;
});
