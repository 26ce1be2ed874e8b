import { createRouter } from "../../core/trpc";
import { cancelFamilySession } from "./cancel.procedure";
import { createFamilySession } from "./create.procedure";
import { familySessionDetail } from "./detail.procedure";
import { listFamilySessions } from "./list.procedure";
import { familySessionOptions } from "./options.procedure";

/** Family sessions as staff schedule, read and call them off (DOMAIN.md §8). */
export const familySessionsRouter = createRouter({
  options: familySessionOptions,
  create: createFamilySession,
  list: listFamilySessions,
  detail: familySessionDetail,
  cancel: cancelFamilySession,
});
