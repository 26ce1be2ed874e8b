import { createRouter } from "../../core/trpc";
import { requestPasswordReset } from "./request-password-reset.procedure";
import { resetPassword } from "./reset-password.procedure";
import { setPassword } from "./set-password.procedure";

export const accountRouter = createRouter({ setPassword, requestPasswordReset, resetPassword });
