export * from "./icalendar";
export * from "./calendar-feed";
