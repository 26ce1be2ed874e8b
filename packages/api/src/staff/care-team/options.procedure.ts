import { staffProcedure } from "../../core/trpc";
import { findCareTeamOptions } from "../../queries/care-team.queries";

/** The staff members who may be put on a care team, for the pickers on the client page. */
export const careTeamOptions = staffProcedure("enrollment.write").query(({ ctx }) => findCareTeamOptions(ctx.db));
