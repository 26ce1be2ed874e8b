import { createRouter } from "../../core/trpc";
import { requestPasswordReset } from "./request-password-reset.procedure";
import { resetPassword } from "./reset-password.procedure";

/** A staff member's own account, before sign-in: a reset link by mail, and the new password it sets. */
export const accountRouter = createRouter({ requestPasswordReset, resetPassword });
