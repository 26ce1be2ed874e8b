export * from "./calendar-date";
export * from "./time-zone";
export * from "./wall-clock-time";
export * from "./weekly-pattern";
