import { createRouter } from "../../trpc";
import { cancelFamilySessionSignUp } from "./cancel.procedure";
import { eligibleFamilySessions } from "./eligible.procedure";
import { myFamilySessionSignUps } from "./mine.procedure";
import { signUpForFamilySession } from "./sign-up.procedure";

/** A family member's family-therapy sign-ups, through the clients who share family sessions with them. */
export const familySessionsRouter = createRouter({
  eligible: eligibleFamilySessions,
  mine: myFamilySessionSignUps,
  signUp: signUpForFamilySession,
  cancel: cancelFamilySessionSignUp,
});
