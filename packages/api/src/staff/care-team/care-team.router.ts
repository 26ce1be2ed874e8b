import { createRouter } from "../../core/trpc";
import { addCareTeamMember } from "./add.procedure";
import { careTeamOptions } from "./options.procedure";
import { removeCareTeamMember } from "./remove.procedure";

/** Who cares for a client during an enrollment. */
export const careTeamRouter = createRouter({ options: careTeamOptions, add: addCareTeamMember, remove: removeCareTeamMember });
