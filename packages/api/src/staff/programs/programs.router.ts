import { createRouter } from "../../core/trpc";
import { createProgram } from "./create.procedure";
import { programDetail } from "./detail.procedure";
import { listPrograms } from "./list.procedure";
import { updateProgram } from "./update.procedure";

/** Programs: level, track, time zone, weekly band and session kinds. */
export const programsRouter = createRouter({ list: listPrograms, detail: programDetail, create: createProgram, update: updateProgram });
