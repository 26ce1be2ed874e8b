import { createRouter } from "../../core/trpc";
import { createScheduleOption } from "./create.procedure";
import { updateScheduleOption } from "./update.procedure";

/** A program's schedule options: the days and hours a client can be placed on. */
export const scheduleOptionsRouter = createRouter({ create: createScheduleOption, update: updateScheduleOption });
