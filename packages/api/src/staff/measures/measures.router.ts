import { createRouter } from "../../core/trpc";
import { correctMeasure } from "./correct.procedure";
import { listMeasures } from "./list.procedure";
import { recordMeasure } from "./record.procedure";

/** A client's check-ins for staff: reading them, entering one given on paper, correcting one. */
export const measuresRouter = createRouter({
  list: listMeasures,
  record: recordMeasure,
  correct: correctMeasure,
});
