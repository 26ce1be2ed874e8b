import { programSessions, sessionTemplates } from "@stepwise/db/schema";
import { sessionTemplateEndSchema, templateEndRefusal } from "@stepwise/domain";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit";
import { fail, notFound } from "../../errors";
import { staffProcedure } from "../../trpc";
import { lockTemplate } from "./session-templates.queries";

/**
 * Ends a template on a date: later sessions still to come are cancelled with the reason given
 * (sessions that already happened stay as they were).
 */
export const endSessionTemplate = staffProcedure("program.write")
  .input(z.object({ templateId: z.uuid() }).and(sessionTemplateEndSchema))
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const found = await lockTemplate(tx, input.templateId);
      if (!found) return notFound();
      const { template, program } = found;
      const refusal = templateEndRefusal(template, input.endsOn);
      if (refusal) fail({ kind: "invalid", message: refusal });
      await tx.update(sessionTemplates).set({ endsOn: input.endsOn }).where(eq(sessionTemplates.id, template.id));
      const now = new Date();
      const cancelled = await tx
        .update(programSessions)
        .set({ cancelledAt: now, cancellationReason: input.reason })
        .where(
          and(
            eq(programSessions.templateId, template.id),
            gt(programSessions.occursOn, input.endsOn),
            gt(programSessions.startsAt, now),
            isNull(programSessions.cancelledAt),
          ),
        )
        .returning({ id: programSessions.id });
      await recordAudit(tx, ctx.caller, {
        action: "sessionTemplates.end",
        outcome: "allowed",
        resourceType: "session_template",
        resourceId: template.id,
        detail: { programId: program.id, endsOn: input.endsOn, cancelled: cancelled.length },
      });
      return { templateId: template.id, cancelled: cancelled.length };
    }),
  );
