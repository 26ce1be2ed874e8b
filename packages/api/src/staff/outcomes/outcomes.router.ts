import { createRouter } from "../../core/trpc";
import { outcomesSummary } from "./summary.procedure";

/** Outcomes aggregated over the clients each program served (Joint Commission CTS.03.01.09). */
export const outcomesRouter = createRouter({ summary: outcomesSummary });
