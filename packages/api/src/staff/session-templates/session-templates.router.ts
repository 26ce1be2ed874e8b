import { createRouter } from "../../core/trpc";
import { createSessionTemplate } from "./create.procedure";
import { endSessionTemplate } from "./end.procedure";
import { extendSessionTemplate } from "./extend.procedure";
import { updateSessionTemplate } from "./update.procedure";

/** Weekly recurring sessions of a schedule option, dated in the program's time zone. */
export const sessionTemplatesRouter = createRouter({
  create: createSessionTemplate,
  update: updateSessionTemplate,
  end: endSessionTemplate,
  extend: extendSessionTemplate,
});
