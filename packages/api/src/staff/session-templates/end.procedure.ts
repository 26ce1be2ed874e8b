import { programSessions, sessionTemplates } from "@stepwise/db/schema";
import { instantToZonedDate, sessionTemplateEndSchema, templateEndRefusal } from "@stepwise/domain";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../core/audit";
import { fail } from "../../core/errors";
import { inTransactionOrNotFound, outOfReach } from "../../out-of-reach";
import { staffProcedure } from "../../core/trpc";
import { lockTemplate } from "./session-templates.queries";
import { withdrawSessions } from "./withdraw-sessions";

/**
 * Ends a template on a date. Its later sessions still to come leave the schedule: the ones only
 * ever forecast are removed, the ones staff edited are kept as cancelled with the reason given.
 * Sessions that already happened stay as they were.
 */
export const endSessionTemplate = staffProcedure("program.write")
  .input(z.object({ templateId: z.uuid() }).and(sessionTemplateEndSchema))
  .mutation(({ ctx, input }) =>
    inTransactionOrNotFound(ctx, { action: "sessionTemplates.end", resourceType: "session_template", resourceId: input.templateId }, async (tx) => {
      const found = await lockTemplate(tx, input.templateId);
      if (!found) return outOfReach();
      const { template, program } = found;
      const now = new Date();
      const refusal = templateEndRefusal(template, input.endsOn, instantToZonedDate(now, program.timeZone));
      if (refusal) fail({ kind: "invalid", message: refusal });
      await tx.update(sessionTemplates).set({ endsOn: input.endsOn }).where(eq(sessionTemplates.id, template.id));
      const later = await tx
        .select({ id: programSessions.id })
        .from(programSessions)
        .where(
          and(
            eq(programSessions.templateId, template.id),
            gt(programSessions.occursOn, input.endsOn),
            gt(programSessions.startsAt, now),
            isNull(programSessions.cancelledAt),
          ),
        );
      const { removed, cancelled } = await withdrawSessions(
        tx,
        later.map((session) => session.id),
        input.reason,
        now,
      );
      await recordAudit(tx, ctx.caller, {
        action: "sessionTemplates.end",
        outcome: "allowed",
        resourceType: "session_template",
        resourceId: template.id,
        detail: { programId: program.id, endsOn: input.endsOn, removed, cancelled },
      });
      return { templateId: template.id, removed, cancelled };
    }),
  );
