import { createRouter } from "../../core/trpc";
import { setPassword } from "./set-password.procedure";

export const accountRouter = createRouter({ setPassword });
