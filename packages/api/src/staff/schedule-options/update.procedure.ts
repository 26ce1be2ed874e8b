import { instantToZonedDate, scheduleOptionChangeConflicts, scheduleOptionInputSchema } from "@stepwise/domain";
import { refuseWithReasons } from "../../core/errors";
import { runningTemplates } from "../programs/programs.queries";
import { scheduleOptionProcedure } from "../scopes";
import { settingsOf, updateScheduleOptionRow } from "./schedule-options.queries";

/** New days or hours for an option: it must keep the band, and its running templates must still fit. */
export const updateScheduleOption = scheduleOptionProcedure("program.write")
  .input(scheduleOptionInputSchema)
  .mutation(async ({ ctx, input }) => {
    const { program, option } = ctx;
    const today = instantToZonedDate(new Date(), program.timeZone);
    const reasons = scheduleOptionChangeConflicts({
      option: input,
      settings: settingsOf(program),
      templates: await runningTemplates(ctx.db, { programId: program.id, scheduleOptionId: option.id }, today),
    });
    if (reasons.length > 0) refuseWithReasons("This schedule option can't be saved:", reasons);
    await updateScheduleOptionRow(ctx.db, option.id, input);
    ctx.audit({ detail: { programId: program.id } });
    return { scheduleOptionId: option.id };
  });
