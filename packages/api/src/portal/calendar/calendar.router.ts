import { createRouter } from "../../core/trpc";
import { createCalendarLink } from "./create-link.procedure";
import { resetCalendarLink } from "./reset-link.procedure";
import { calendarStatus } from "./status.procedure";
import { turnOffCalendarLink } from "./turn-off.procedure";

/** The client's calendar subscription link: see whether there is one, make, replace or turn it off. */
export const calendarRouter = createRouter({
  status: calendarStatus,
  createLink: createCalendarLink,
  resetLink: resetCalendarLink,
  turnOff: turnOffCalendarLink,
});
