import { programInputSchema } from "@stepwise/domain";
import { staffProcedure } from "../../core/trpc";
import { insertProgram, withFreeSlug } from "./programs.queries";

/** A new program: its band is checked against the level's rules by the domain schema. */
export const createProgram = staffProcedure("program.write")
  .input(programInputSchema)
  .mutation(async ({ ctx, input }) => {
    const programId = await withFreeSlug(input.slug, () => insertProgram(ctx.db, input));
    ctx.audit({ resource: { type: "program", id: programId }, detail: { slug: input.slug, level: input.level } });
    return { programId };
  });
