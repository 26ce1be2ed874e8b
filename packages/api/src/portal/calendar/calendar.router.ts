import { createRouter } from "../../trpc";
import { calendarStatus, createCalendarLink, resetCalendarLink, turnOffCalendarLink } from "./calendar.procedure";

/** The client's calendar subscription link: see whether there is one, make, replace or turn it off. */
export const calendarRouter = createRouter({
  status: calendarStatus,
  createLink: createCalendarLink,
  resetLink: resetCalendarLink,
  turnOff: turnOffCalendarLink,
});
