import { createRouter } from "../../core/trpc";
import { cancelSession } from "./cancel.procedure";
import { sessionDetail } from "./detail.procedure";
import { updateSession } from "./update.procedure";

/** One dated session, changed or cancelled on its own; its template and the other sessions carry on. */
export const sessionsRouter = createRouter({ detail: sessionDetail, update: updateSession, cancel: cancelSession });
