import { scheduleOptionChangeConflicts, scheduleOptionInputSchema } from "@stepwise/domain";
import { refuseWithReasons } from "../../core/errors";
import { programProcedure } from "../scopes";
import { insertScheduleOption, settingsOf } from "./schedule-options.queries";

/** A new schedule option; refused with every reason when following it would break the program's band. */
export const createScheduleOption = programProcedure("program.write")
  .input(scheduleOptionInputSchema)
  .mutation(async ({ ctx, input }) => {
    const reasons = scheduleOptionChangeConflicts({ option: input, settings: settingsOf(ctx.program), templates: [] });
    if (reasons.length > 0) refuseWithReasons("This schedule option breaks the program's band:", reasons);
    const scheduleOptionId = await insertScheduleOption(ctx.db, ctx.program.id, input);
    ctx.audit({ resource: { type: "schedule_option", id: scheduleOptionId }, detail: { programId: ctx.program.id } });
    return { scheduleOptionId };
  });
