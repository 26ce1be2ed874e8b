import { createRouter } from "../../core/trpc";
import { mySchedule } from "./mine.procedure";

export const scheduleRouter = createRouter({ mine: mySchedule });
