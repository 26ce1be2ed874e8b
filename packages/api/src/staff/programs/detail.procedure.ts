import { calendarDateSchema } from "@stepwise/domain";
import { z } from "zod";
import { notFound } from "../../core/errors";
import { staffProcedure } from "../../core/trpc";
import { getProgramDetail } from "./detail.handler";

/** A program's settings page: options, templates and one week of its group sessions. No client data. */
export const programDetail = staffProcedure("program.write")
  .input(z.object({ programId: z.uuid(), weekOf: calendarDateSchema.optional() }))
  .query(async ({ ctx, input }) => {
    const detail = await getProgramDetail(ctx.db, input.programId, input.weekOf, new Date());
    return detail ?? notFound();
  });
