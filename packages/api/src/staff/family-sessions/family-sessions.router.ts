import { createRouter } from "../../core/trpc";
import { cancelFamilySession } from "./family-session-cancel.procedure";
import { createFamilySession } from "./family-session-create.procedure";
import { familySessionDetail } from "./family-session-detail.procedure";
import { listFamilySessions } from "./family-session-list.procedure";
import { familySessionOptions } from "./family-session-options.procedure";

/** Family sessions as staff schedule, read and call them off (DOMAIN.md §8). */
export const familySessionsRouter = createRouter({
  options: familySessionOptions,
  create: createFamilySession,
  list: listFamilySessions,
  detail: familySessionDetail,
  cancel: cancelFamilySession,
});
