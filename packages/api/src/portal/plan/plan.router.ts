import { createRouter } from "../../core/trpc";
import { myPlan } from "./mine.procedure";

export const planRouter = createRouter({ mine: myPlan });
