import { programs } from "@stepwise/db/schema";
import { programInputSchema } from "@stepwise/domain";
import { recordAudit } from "../../core/audit";
import { staffProcedure } from "../../core/trpc";
import { programRowOf, withFreeSlug } from "./program-settings.queries";

/** A new program: its band is checked against the level's rules by the domain schema. */
export const createProgram = staffProcedure("program.write")
  .input(programInputSchema)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const [program] = await withFreeSlug(input.slug, () =>
        tx
          .insert(programs)
          .values(programRowOf(input))
          .returning({ id: programs.id }),
      );
      await recordAudit(tx, ctx.caller, {
        action: "programs.create",
        outcome: "allowed",
        resourceType: "program",
        resourceId: program!.id,
        detail: { slug: input.slug, level: input.level },
      });
      return { programId: program!.id };
    }),
  );
