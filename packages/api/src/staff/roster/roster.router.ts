import { createRouter } from "../../core/trpc";
import { listRoster } from "./list.procedure";

/** The compliance board. */
export const rosterRouter = createRouter({ list: listRoster });
