import { createRouter } from "../../core/trpc";
import { myHours } from "./mine.procedure";

export const hoursRouter = createRouter({ mine: myHours });
