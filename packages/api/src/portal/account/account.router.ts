import { createRouter } from "../../trpc";
import { setPassword } from "./set-password.procedure";

export const accountRouter = createRouter({ setPassword });
