import { scheduleOptions } from "@stepwise/db/schema";

/** A schedule option as both apps show it: its name, shift, days and wall-clock times. */
export const scheduleOptionColumns = {
  name: scheduleOptions.name,
  shift: scheduleOptions.shift,
  weekdays: scheduleOptions.weekdays,
  startTime: scheduleOptions.startTime,
  endTime: scheduleOptions.endTime,
};
