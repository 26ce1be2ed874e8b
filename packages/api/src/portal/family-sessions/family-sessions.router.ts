import { createRouter } from "../../core/trpc";
import { cancelFamilySessionSignUp } from "./cancel-sign-up.procedure";
import { eligibleFamilySessions } from "./eligible.procedure";
import { myFamilySessionSignUps } from "./mine.procedure";
import { signUpForFamilySession } from "./sign-up.procedure";

/**
 * Family-therapy sign-ups (DOMAIN.md §8): a client's for their own family, and a family member's
 * through the clients who share family sessions with them.
 */
export const familySessionsRouter = createRouter({
  eligible: eligibleFamilySessions,
  mine: myFamilySessionSignUps,
  signUp: signUpForFamilySession,
  cancelSignUp: cancelFamilySessionSignUp,
});
