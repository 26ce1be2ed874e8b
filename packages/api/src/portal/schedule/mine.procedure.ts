import { calendarDateSchema } from "@stepwise/domain";
import { z } from "zod";
import { notFound } from "../../core/errors";
import { clientProcedure } from "../../core/trpc";
import { getSchedule } from "./mine.handler";

export const scheduleInputSchema = z.object({ weekOf: calendarDateSchema.optional() }).optional();

/** The client's own sessions, week by week. */
export const mySchedule = clientProcedure.input(scheduleInputSchema).query(async ({ ctx, input }) => {
  const schedule = (await getSchedule(ctx.db, ctx.client, { weekOf: input?.weekOf }, new Date())) ?? notFound();
  ctx.audit({ resource: { type: "schedule" }, detail: { weekOf: schedule.weeks[0]?.weekStart ?? null } });
  return schedule;
});
