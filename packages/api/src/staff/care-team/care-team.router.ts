import { createRouter } from "../../trpc";
import { addCareTeamMember } from "./care-team-add.procedure";
import { careTeamOptions } from "./care-team-options.procedure";
import { removeCareTeamMember } from "./care-team-remove.procedure";

/** Who cares for a client during an enrollment. */
export const careTeamRouter = createRouter({ options: careTeamOptions, add: addCareTeamMember, remove: removeCareTeamMember });
