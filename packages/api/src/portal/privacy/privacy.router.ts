import { createRouter } from "../../core/trpc";
import { whoHasSeen } from "./who-has-seen.procedure";

/** The client's own privacy: who has seen their information. */
export const privacyRouter = createRouter({ whoHasSeen });
