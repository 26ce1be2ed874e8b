import { calendarDateSchema } from "@stepwise/domain";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { notFound } from "../../errors";
import { clientProcedure } from "../../trpc";
import { getSchedule } from "./schedule.handler";

export const scheduleInputSchema = z.object({ weekOf: calendarDateSchema.optional() }).optional();

export const mySchedule = clientProcedure.input(scheduleInputSchema).query(({ ctx, input }) =>
  ctx.db.transaction(async (tx) => {
    const schedule = await getSchedule(tx, ctx.client, { weekOf: input?.weekOf }, new Date());
    if (!schedule) return notFound();
    await recordAudit(tx, ctx.caller, {
      action: "schedule.mine",
      outcome: "allowed",
      subjectClientId: ctx.client.clientId,
      resourceType: "schedule",
      detail: { weekOf: schedule.weeks[0]?.weekStart ?? null },
    });
    return schedule;
  }),
);
