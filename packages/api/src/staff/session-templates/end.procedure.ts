import { instantToZonedDate, sessionTemplateEndSchema, templateEndRefusal } from "@stepwise/domain";
import { fail } from "../../core/errors";
import { sessionTemplateProcedure } from "../scopes";
import { findSessionsAfter, setTemplateEnd, withdrawSessions } from "./session-templates.queries";

/**
 * Ends a template on a date. Its later sessions still to come leave the schedule: the ones only
 * ever forecast are removed, the ones staff edited are kept as cancelled with the reason given.
 * Sessions that already happened stay as they were.
 */
export const endSessionTemplate = sessionTemplateProcedure("program.write")
  .input(sessionTemplateEndSchema)
  .mutation(async ({ ctx, input }) => {
    const { template, program } = ctx;
    const now = new Date();
    const refusal = templateEndRefusal(template, input.endsOn, instantToZonedDate(now, program.timeZone));
    if (refusal) fail({ kind: "invalid", message: refusal });
    await setTemplateEnd(ctx.db, template.id, input.endsOn);
    const later = await findSessionsAfter(ctx.db, template.id, input.endsOn, now);
    const { removed, cancelled } = await withdrawSessions(
      ctx.db,
      later.map((session) => session.id),
      input.reason,
      now,
    );
    ctx.audit({ detail: { programId: program.id, endsOn: input.endsOn, removed, cancelled } });
    return { templateId: template.id, removed, cancelled };
  });
