import { staffProcedure } from "../../core/trpc";
import { findProgramsWithOptions } from "./programs.queries";

/**
 * Every program and its schedule options, for any page that picks a program and an option
 * (enrollment, intake, filters). Holds no client data, so it is not audited.
 */
export const listPrograms = staffProcedure("roster.read").query(({ ctx }) => findProgramsWithOptions(ctx.db));
